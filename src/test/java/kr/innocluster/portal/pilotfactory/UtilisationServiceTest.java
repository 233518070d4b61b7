package kr.innocluster.portal.pilotfactory;

import java.io.ByteArrayInputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.security.TestUsers;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static kr.innocluster.portal.pilotfactory.PilotFactoryFixtures.at;
import static kr.innocluster.portal.pilotfactory.PilotFactoryFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Booked against open hours, no-shows, top companies, the heat map and the Excel file of one month. */
@IntegrationTest
class UtilisationServiceTest {

    @Autowired
    UtilisationService utilisation;
    @Autowired
    BookingService bookings;
    @Autowired
    PilotFactoryService factory;
    @Autowired
    PilotFactoryFixtures fixtures;

    @AfterEach
    void reset() {
        TestUsers.signOut();
    }

    @Test
    void aMonthShowsBookedAgainstOpenHoursNoShowsTopCompaniesAndTheHeatMap() throws Exception {
        ResourceSummary line = fixtures.resource("가동률", d -> { });
        YearMonth month = YearMonth.now(PilotFactoryFixtures.SEOUL).plusMonths(4);
        LocalDate firstMonday = month.atDay(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        TestUsers.signIn("company", "company");
        long a = bookings.request(request(line, at(firstMonday, 9, 0), at(firstMonday, 13, 0))).bookingIds()
                .getFirst();
        long b = bookings.request(request(line, at(firstMonday.plusDays(1), 9, 0), at(firstMonday.plusDays(1), 11, 0)))
                .bookingIds().getFirst();
        TestUsers.signIn("company2", "company");
        long c = bookings.request(request(line, at(firstMonday.plusDays(2), 14, 0), at(firstMonday.plusDays(2), 15, 0)))
                .bookingIds().getFirst();
        bookings.request(request(line, at(firstMonday.plusDays(3), 9, 0), at(firstMonday.plusDays(3), 12, 0)));
        TestUsers.signIn("operator", "operator");
        bookings.approve(a);
        bookings.approve(b);
        bookings.approve(c);
        factory.addBlackout(line.id(), at(firstMonday.plusDays(4), 9, 0), at(firstMonday.plusDays(4), 18, 0), "점검");
        // Attendance is recorded after the slots; here the month lies ahead, so it is written as it will be then.
        fixtures.attendance(a, Attendance.CHECKED_IN);
        fixtures.attendance(b, Attendance.NO_SHOW);
        fixtures.attendance(c, Attendance.CHECKED_IN);

        UtilisationReport report = utilisation.report(line.id(), month);

        long weekdays = month.atDay(1).datesUntil(month.plusMonths(1).atDay(1))
                .filter(d -> d.getDayOfWeek().getValue() <= 5).count();
        assertThat(report.availableHours()).isCloseTo(weekdays * 9.0 - 9.0, within(0.01));
        assertThat(report.bookedHours()).isCloseTo(7.0, within(0.01));
        assertThat(report.requestedHours()).isCloseTo(3.0, within(0.01));
        assertThat(report.noShowRate()).isCloseTo(1 / 3.0, within(0.001));
        assertThat(report.topCompanies()).extracting(UtilisationReport.CompanyUse::companyName)
                .containsExactly("한빛정밀 주식회사", "새별로보틱스 주식회사");
        assertThat(report.topCompanies().getFirst().hours()).isCloseTo(6.0, within(0.01));
        assertThat(report.heat()[0][9]).isCloseTo(1.0, within(0.01));
        assertThat(report.heat()[0][12]).isCloseTo(1.0, within(0.01));
        assertThat(report.heat()[0][13]).isZero();
        assertThat(report.heat()[2][14]).isCloseTo(1.0, within(0.01));
        assertThat(report.days().get(firstMonday.getDayOfMonth() - 1).bookedHours()).isCloseTo(4.0, within(0.01));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(utilisation.excel(line.id(), month)))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            assertThat(book.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo(line.name());
            assertThat(book.getSheetAt(2).getPhysicalNumberOfRows()).isEqualTo(5);
        }
        TestUsers.signIn("company", "company");
        assertThatThrownBy(() -> utilisation.report(line.id(), month)).isInstanceOf(AccessDeniedException.class);
    }
}
