package kr.innocluster.portal.pilotfactory;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** The opening window of a resource on one weekday, in the portal's zone (Asia/Seoul). */
public record OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {
}
