package vn.parindex.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The ancestors statement of {@link ExecutionTreeOnDemand} on H2, the database of the README's first command (the
 * Spring tests run on PostgreSQL): the statement as written in the mapping, on a table of the engine's shape.
 */
class ExecutionAncestorsOnH2Test {

    @Test
    void anExecutionComesWithItsAncestorsAndNothingElse() throws Exception {
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:ancestors;NON_KEYWORDS=YEAR,VALUE", "sa", "");
             Statement ddl = h2.createStatement()) {
            ddl.execute("create table ACT_RU_EXECUTION (ID_ varchar(64) primary key, REV_ integer, PARENT_ID_ varchar(64),"
                    + " PROC_INST_ID_ varchar(64), ACT_ID_ varchar(255))");
            // instance ← multi-instance body ← unit A's branch ← its task scope; unit B's branch beside it
            ddl.execute("insert into ACT_RU_EXECUTION values ('pi', 1, null, 'pi', null),"
                    + " ('mi', 1, 'pi', 'pi', 'subProcess_unitPlan#multiInstanceBody'),"
                    + " ('unitA', 1, 'mi', 'pi', 'subProcess_unitPlan'), ('taskA', 1, 'unitA', 'pi', 'userTask_preparePlan'),"
                    + " ('unitB', 1, 'mi', 'pi', 'subProcess_unitPlan'), ('taskB', 1, 'unitB', 'pi', 'userTask_preparePlan')");

            assertThat(ancestors(h2, "taskA")).containsExactlyInAnyOrder("taskA", "unitA", "mi", "pi");
            assertThat(ancestors(h2, "pi")).containsExactly("pi");
            assertThat(ancestors(h2, "gone")).isEmpty();
        }
    }

    private static Set<String> ancestors(Connection connection, String executionId) throws Exception {
        Set<String> ids = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(statementSql())) {
            query.setString(1, executionId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString("ID_"));
                }
            }
        }
        return ids;
    }

    /** The select of the mapping, with the engine's table prefix empty and the parameter as a JDBC placeholder. */
    private static String statementSql() throws Exception {
        try (InputStream xml = ExecutionTreeOnDemand.class.getClassLoader()
                .getResourceAsStream("vn/parindex/platform/engine/ExecutionAncestors.xml")) {
            String mapping = new String(xml.readAllBytes(), StandardCharsets.UTF_8);
            Matcher select = Pattern.compile("<select id=\"selectExecutionWithAncestors\"[^>]*>(.*?)</select>",
                    Pattern.DOTALL).matcher(mapping);
            assertThat(select.find()).as("the statement in the mapping").isTrue();
            return select.group(1).replace("${prefix}", "").replace("#{parameter}", "?");
        }
    }
}
