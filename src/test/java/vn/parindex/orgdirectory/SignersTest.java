package vn.parindex.orgdirectory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.parindex.office.word.Issue;
import vn.parindex.workflow.PersonNames;

/** Who signs follows the approver's title in the identity data: a Vice-chairman signs "KT. CHỦ TỊCH". */
class SignersTest {

    private final Map<String, Set<String>> groups = Map.of("chutich", Set.of(RoleGroups.CHAIRMAN),
            "phochutich", Set.of(RoleGroups.VICE_CHAIRMAN));
    private final Signers signers = new Signers(new PersonNames() {
        @Override
        public String fullName(String userId) {
            return Map.of("chutich", "Võ Quang Trí", "phochutich", "Nguyễn Minh Hải").getOrDefault(userId, userId);
        }

        @Override
        public Set<String> groupsOf(String userId) {
            return groups.getOrDefault(userId, Set.of());
        }
    });

    @Test
    void theViceChairmanSignsForTheChairmanAndTheChairmanForHimself() {
        Issue issue = new Issue("12/BC-UBND", LocalDate.of(2027, 1, 19), null, 2027);
        Issue byVice = signers.signed(issue, "phochutich");
        assertThat(byVice.signerName()).isEqualTo("Nguyễn Minh Hải");
        assertThat(byVice.signedForTheHead()).isTrue();
        Issue byChairman = signers.signed(issue, "chutich");
        assertThat(byChairman.signerName()).isEqualTo("Võ Quang Trí");
        assertThat(byChairman.signedForTheHead()).isFalse();
        assertThat(signers.signed(issue, null)).isEqualTo(issue);
    }
}
