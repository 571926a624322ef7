package vn.parindex.remediation.files;

import java.time.Clock;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import vn.parindex.office.word.Issue;
import vn.parindex.office.word.OfficialLetterheads;
import vn.parindex.remediation.PlanView;
import vn.parindex.orgdirectory.Signers;

/** The plan as the Kế hoạch the People's Committee issues: the year's letterhead, signed by whoever approved it. */
@Service
@RequiredArgsConstructor
public class RemediationPlanFiles {

    private final OfficialLetterheads letterheads;
    private final Signers signers;
    private final Clock clock;

    public byte[] docx(PlanView plan) {
        Issue issue = Issue.draft(LocalDate.now(clock).getYear());
        issue = signers.signed(issue, plan.plan().approvedBy());
        return RemediationPlanDocument.write(plan, letterheads.of("remediationPlan", plan.province(), plan.year()), issue);
    }

    public static String fileName(int year) {
        return "ke-hoach-khac-phuc-chi-so-cchc-" + year + ".docx";
    }
}
