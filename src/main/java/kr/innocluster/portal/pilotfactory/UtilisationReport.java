package kr.innocluster.portal.pilotfactory;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * How one resource was used in one month (Asia/Seoul): open hours (minus blackouts) against approved hours, requests
 * still waiting, attendance, the companies that used it most, a weekday × hour heat map and the hours of each day.
 * {@code heat[weekday 0 = Monday][hour]} holds approved hours.
 */
public record UtilisationReport(ResourceSummary resource, YearMonth month, double availableHours, double bookedHours,
                                double requestedHours, int approvedBookings, int checkedIn, int noShows,
                                int cancelled, int rejected, List<CompanyUse> topCompanies, double[][] heat,
                                List<DailyUse> days) {

    public double utilisation() {
        return availableHours == 0 ? 0 : bookedHours / availableHours;
    }

    /** No-shows among the approved bookings whose attendance was recorded. */
    public double noShowRate() {
        int recorded = checkedIn + noShows;
        return recorded == 0 ? 0 : (double) noShows / recorded;
    }

    public double maxHeat() {
        double max = 0;
        for (double[] row : heat) {
            for (double value : row) {
                max = Math.max(max, value);
            }
        }
        return max;
    }

    public record CompanyUse(String companyName, double hours, int bookings) {
    }

    public record DailyUse(LocalDate day, double availableHours, double bookedHours) {
    }
}
