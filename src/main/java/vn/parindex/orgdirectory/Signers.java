package vn.parindex.orgdirectory;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.parindex.office.word.Issue;
import vn.parindex.workflow.PersonNames;

/**
 * Who signs a document of the People's Committee, from the person who approved it: the name, and whether the approver
 * holds the Vice-chairman's title (the {@code viceChairman} group of the identity data), who then signs for the
 * Chairman: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" (Nghị định 30/2020/NĐ-CP, Phụ lục I).
 */
@Component
@RequiredArgsConstructor
public class Signers {

    private final PersonNames people;

    /** {@code issue} signed by {@code approver} (a login id; null leaves the issue unsigned). */
    public Issue signed(Issue issue, String approver) {
        if (approver == null || approver.isBlank()) {
            return issue;
        }
        return issue.signedBy(people.fullName(approver), signsForTheChairman(approver));
    }

    /** A Vice-chairman who is not also the Chairman signs "KT. CHỦ TỊCH". */
    public boolean signsForTheChairman(String approver) {
        var groups = people.groupsOf(approver);
        return groups.contains(RoleGroups.VICE_CHAIRMAN) && !groups.contains(RoleGroups.CHAIRMAN);
    }
}
