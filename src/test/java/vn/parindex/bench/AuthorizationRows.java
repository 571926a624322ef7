package vn.parindex.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * The rows of {@code ACT_RU_AUTHORIZATION} by resource type, grantee (user or group) and scope (one resource or '*'),
 * read on a connection of its own (not counted by {@link JdbcCounter}): issue 17 wants the table small as the years
 * accumulate, so P1 prints it while the units' self-scoring tasks are open and after the year.
 */
record AuthorizationRows(long total, List<List<String>> byKind) {

    static AuthorizationRows read(BenchPostgres postgres, String database) {
        List<List<String>> rows = postgres.query(database, """
                select resource_type_, case when user_id_ is null then 'group' else 'user' end,
                       case when resource_id_ = '*' then '*' else 'one resource' end, count(*)
                from act_ru_authorization group by 1, 2, 3 order by 4 desc, 1, 2, 3""");
        List<List<String>> byKind = new ArrayList<>();
        long total = 0;
        for (List<String> row : rows) {
            total += Long.parseLong(row.get(3));
            byKind.add(List.of(resourceName(Integer.parseInt(row.get(0))), row.get(1), row.get(2), row.get(3)));
        }
        return new AuthorizationRows(total, byKind);
    }

    private static String resourceName(int type) {
        return Arrays.stream(Resources.values()).filter(resource -> resource.resourceType() == type).findFirst()
                .map(Resources::resourceName).orElse(String.valueOf(type));
    }
}
