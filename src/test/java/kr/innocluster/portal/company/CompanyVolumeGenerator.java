package kr.innocluster.portal.company;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts many realistic companies with batched JDBC inserts, for measurements. Their business numbers start with
 * 7 (valid check digit), so {@link #deleteGenerated} can remove exactly them again.
 */
final class CompanyVolumeGenerator {

    private static final String[] STEMS = {"한빛", "새별", "대성", "동화", "청라", "태성", "한결", "대경", "오송", "진성", "세진",
            "우진", "삼익", "영신", "금강", "미래", "성진", "동양", "신흥", "화신", "대한", "유진", "제일", "서진", "명진", "광명", "팔공",
            "달구벌", "가온", "누리", "보람", "다온", "하늘", "푸른", "은하", "비전", "스마트", "그린", "K", "에이스"};
    private static final String[] TRADES = {"정밀", "로보틱스", "바이오", "메디칼", "기계", "금속", "오토텍", "소재", "전자", "테크",
            "시스템", "솔루션", "제약", "화학", "산업", "엔지니어링", "금형", "모터스", "센서", "비전", "헬스케어", "AI랩"};
    private static final String[] LATIN = {"Hanbit", "Saebyeol", "Daesung", "Osong", "Nuri", "Gaon", "Mirae", "Bluewave",
            "Daegu", "Chungbuk"};
    private static final String[] LATIN_TRADES = {"Precision", "Robotics", "Bio", "Medical", "Machinery", "Materials",
            "Systems", "Solutions", "Pharma", "Analytics"};
    private static final String[] KSIC = {"C29280", "C29223", "C30399", "C25934", "C24113", "C21102", "C21210",
            "C27199", "C28111", "J62010", "J62021", "J58222", "M70113", "M70111", "H52941", "G46510", "C20499"};
    private static final String[] REGIONS = {"DAEGU", "DAEGU", "DAEGU", "DAEGU", "CHUNGBUK", "CHUNGBUK", "CHUNGBUK",
            "GYEONGBUK", "SEOUL", "GYEONGGI", "BUSAN", "DAEJEON"};
    private static final String[] SIZES = {"MICRO", "SMALL", "SMALL", "SMALL", "MEDIUM", "MEDIUM", "MIDSIZE", "LARGE"};
    private static final String[] STATUSES = {"VERIFIED", "VERIFIED", "VERIFIED", "VERIFIED", "PENDING", "PENDING",
            "REJECTED", "SUSPENDED"};

    private static final String INSERT = """
            insert into company (business_number, name, ceo_name, address, region, ksic_code, size_class, founded_on,
              employees, annual_revenue, smart_factory_level, supplier, demand, contact_name, contact_phone,
              contact_email, status, created_at, created_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'generator')""";

    private CompanyVolumeGenerator() {
    }

    /** Inserts {@code count} companies in batches of 1,000 and returns how long it took in milliseconds. */
    static long generate(JdbcTemplate jdbc, int count, long seed) {
        Random random = new Random(seed);
        long started = System.nanoTime();
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            batch.add(row(random, i));
            if (batch.size() == 1000 || i == count - 1) {
                jdbc.batchUpdate(INSERT, batch);
                batch.clear();
            }
        }
        jdbc.execute("analyze company");
        return (System.nanoTime() - started) / 1_000_000;
    }

    static int deleteGenerated(JdbcTemplate jdbc) {
        return jdbc.update("delete from company where created_by = 'generator'");
    }

    private static Object[] row(Random random, int i) {
        String number = BusinessNumber.complete(String.format("7%02d%06d", 81 + random.nextInt(8), i));
        boolean latin = random.nextInt(10) == 0;
        String name = latin
                ? pick(random, LATIN) + " " + pick(random, LATIN_TRADES) + " Co., Ltd."
                : switch (random.nextInt(3)) {
                    case 0 -> pick(random, STEMS) + pick(random, TRADES) + " 주식회사";
                    case 1 -> "(주)" + pick(random, STEMS) + pick(random, TRADES);
                    default -> "주식회사 " + pick(random, STEMS) + pick(random, TRADES);
                };
        String region = pick(random, REGIONS);
        int employees = 1 + random.nextInt(random.nextInt(10) == 0 ? 900 : 80);
        boolean supplier = random.nextInt(3) == 0;
        boolean demand = !supplier || random.nextBoolean();
        Integer level = random.nextInt(3) == 0 ? null : 1 + random.nextInt(5);
        return new Object[]{number, name, "대표" + i, region + " 산업단지로 " + (i % 500 + 1), region, pick(random, KSIC),
                pick(random, SIZES), Date.valueOf(LocalDate.of(1980 + random.nextInt(45), 1 + random.nextInt(12),
                1 + random.nextInt(28))), employees, employees * (50_000_000L + random.nextInt(100_000_000)), level,
                supplier, demand, "담당" + i, String.format("010-%04d-%04d", random.nextInt(10000), i % 10000),
                "contact" + i + "@volume.example", pick(random, STATUSES),
                Timestamp.from(Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i * 1800L))};
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
