package kr.innocluster.portal.company;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid company forms with business numbers no demo company uses. */
final class CompanyTestData {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

    private CompanyTestData() {
    }

    static String freshBusinessNumber() {
        return BusinessNumber.format(BusinessNumber.complete(String.format("9%02d%06d", 86, NEXT.incrementAndGet() % 1_000_000)));
    }

    static CompanyForm validForm(String name) {
        CompanyForm form = new CompanyForm();
        form.setBusinessNumber(freshBusinessNumber());
        form.setName(name);
        form.setCeoName("홍길동");
        form.setAddress("대구광역시 북구 호국로 807");
        form.setRegion(Region.DAEGU);
        form.setKsicCode("c29280");
        form.setSizeClass(SizeClass.SMALL);
        form.setFoundedOn(LocalDate.of(2015, 3, 2));
        form.setEmployees(12);
        form.setAnnualRevenue(1_500_000_000L);
        form.setSmartFactoryLevel(2);
        form.setDemand(true);
        form.setContactName("김담당");
        form.setContactPhone("010-1234-5678");
        form.setContactEmail("contact@example.kr");
        return form;
    }
}
