package kr.innocluster.portal.company;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A measurement, not a test of speed: inserts 20,000 companies, then prints how long the officials' list takes for a
 * first page, fuzzy searches, filters, a deep page and a full export. Nothing is asserted about timings.
 * Run it on its own: {@code ./mvnw test -Dtest=CompanyVolumeBenchmark} (not matched by Surefire's default includes).
 */
@IntegrationTest
class CompanyVolumeBenchmark {

    static final int COMPANIES = Integer.getInteger("benchmark.companies", 20_000);
    private static final int RUNS = 15;

    @Autowired
    CompanyDirectoryService directory;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheGeneratedCompanies() {
        CompanyVolumeGenerator.deleteGenerated(jdbc);
        TestUsers.signOut();
    }

    @Test
    void measureTheCompanyListWith20000Companies() {
        long insertMillis = CompanyVolumeGenerator.generate(jdbc, COMPANIES, 42);
        TestUsers.signIn("official", "official");
        long total = directory.count(CompanyFilter.any());
        System.out.printf("%n=== Company list benchmark: %,d companies in the table (%,d generated in %,d ms, "
                + "batches of 1,000) ===%n", total, COMPANIES, insertMillis);
        System.out.println("show_trgm('한빛정밀') = " + jdbc.queryForObject("select show_trgm('한빛정밀')::text", String.class));

        PageRequest firstPage = PageRequest.of(0, 50);
        measure("first page, default sort (name) + count", () -> page(CompanyFilter.any(), firstPage));
        measure("first page sorted by registration date desc", () -> page(CompanyFilter.any(),
                PageRequest.of(0, 50, Sort.by(Sort.Order.desc("createdAt")))));
        measure("name search '정밀' (substring, Korean)", () -> page(text("정밀"), firstPage));
        measure("name search '한빛정밀' (fuzzy, Korean)", () -> page(text("한빛정밀"), firstPage));
        measure("name search '새별로버틱스' (typo, fuzzy)", () -> page(text("새별로버틱스"), firstPage));
        measure("name search 'robotics' (Latin, case-insensitive)", () -> page(text("robotics"), firstPage));
        measure("business number prefix '781'", () -> page(text("781"), firstPage));
        CompanyFilter filtered = new CompanyFilter(null, Region.DAEGU, SizeClass.SMALL, "C", CompanyStatus.PENDING,
                null, true);
        measure("filter Daegu + small + KSIC C + pending + demand, by employees desc", () -> page(filtered,
                PageRequest.of(0, 50, Sort.by(Sort.Order.desc("employees")))));
        CompanyFilter searchAndFilter = new CompanyFilter("바이오", Region.CHUNGBUK, null, null, CompanyStatus.VERIFIED,
                null, null);
        measure("search '바이오' + Chungbuk + verified", () -> page(searchAndFilter, firstPage));
        measure("deep page 300 (offset 15,000)", () -> page(CompanyFilter.any(), PageRequest.of(300, 50)));
        measure("export stream of all Daegu companies", () -> {
            int[] rows = {0};
            directory.forEachMatching(new CompanyFilter(null, Region.DAEGU, null, null, null, null, null),
                    Sort.unsorted(), item -> rows[0]++);
            return rows[0];
        });
        System.out.println("Plan of the fuzzy name search:");
        jdbc.queryForList("explain analyze select id from company c where (c.name ilike '%한빛정밀%' "
                + "or '한빛정밀' <% c.name) order by word_similarity('한빛정밀', c.name) desc, c.id limit 50", String.class)
                .forEach(line -> System.out.println("    " + line));
    }

    private int page(CompanyFilter filter, PageRequest page) {
        return directory.search(filter, page).size() + (int) Math.min(directory.count(filter), 0);
    }

    private static CompanyFilter text(String text) {
        return new CompanyFilter(text, null, null, null, null, null, null);
    }

    private static void measure(String name, Supplier<Integer> query) {
        for (int i = 0; i < 3; i++) {
            query.get();
        }
        List<Double> millis = new ArrayList<>();
        int rows = 0;
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            rows = query.get();
            millis.add((System.nanoTime() - started) / 1_000_000.0);
        }
        Collections.sort(millis);
        System.out.printf("%-62s median %7.1f ms   max %7.1f ms   rows %,d%n", name, millis.get(RUNS / 2),
                millis.getLast(), rows);
    }
}
