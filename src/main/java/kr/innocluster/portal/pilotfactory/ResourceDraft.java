package kr.innocluster.portal.pilotfactory;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The editable copy of a resource that the operator's form binds to; only {@link PilotFactoryService#saveResource}
 * writes it back. A closing time of 00:00 means midnight at the end of the day (open until 24:00).
 */
public class ResourceDraft {

    private String name;
    private ResourceKind kind = ResourceKind.LINE;
    private String site = "";
    private String location;
    private String description;
    private Integer slotMinutes = 60;
    private Integer minMinutes = 60;
    private Integer maxMinutes = 480;
    private Integer leadHours = 24;
    private Integer monthlyQuotaHours;
    private boolean requiresApprovedApplication;
    private boolean active = true;
    private List<OpeningHours> openingHours = new ArrayList<>(weekdays9to18());
    private long version;

    public static List<OpeningHours> weekdays9to18() {
        List<OpeningHours> hours = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            hours.add(new OpeningHours(day, LocalTime.of(9, 0), LocalTime.of(18, 0)));
        }
        return hours;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ResourceKind getKind() {
        return kind;
    }

    public void setKind(ResourceKind kind) {
        this.kind = kind;
    }

    public String getSite() {
        return site;
    }

    public void setSite(String site) {
        this.site = site;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getSlotMinutes() {
        return slotMinutes;
    }

    public void setSlotMinutes(Integer slotMinutes) {
        this.slotMinutes = slotMinutes;
    }

    public Integer getMinMinutes() {
        return minMinutes;
    }

    public void setMinMinutes(Integer minMinutes) {
        this.minMinutes = minMinutes;
    }

    public Integer getMaxMinutes() {
        return maxMinutes;
    }

    public void setMaxMinutes(Integer maxMinutes) {
        this.maxMinutes = maxMinutes;
    }

    public Integer getLeadHours() {
        return leadHours;
    }

    public void setLeadHours(Integer leadHours) {
        this.leadHours = leadHours;
    }

    public Integer getMonthlyQuotaHours() {
        return monthlyQuotaHours;
    }

    public void setMonthlyQuotaHours(Integer monthlyQuotaHours) {
        this.monthlyQuotaHours = monthlyQuotaHours;
    }

    public boolean isRequiresApprovedApplication() {
        return requiresApprovedApplication;
    }

    public void setRequiresApprovedApplication(boolean requiresApprovedApplication) {
        this.requiresApprovedApplication = requiresApprovedApplication;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public List<OpeningHours> getOpeningHours() {
        return openingHours;
    }

    public void setOpeningHours(List<OpeningHours> openingHours) {
        this.openingHours = new ArrayList<>(openingHours);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
