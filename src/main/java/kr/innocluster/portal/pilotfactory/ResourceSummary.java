package kr.innocluster.portal.pilotfactory;

import java.util.List;

/** A bookable resource as every role sees it. */
public record ResourceSummary(long id, String name, ResourceKind kind, String site, String location,
                              String description, int slotMinutes, int minMinutes, int maxMinutes, int leadHours,
                              Integer monthlyQuotaHours, boolean requiresApprovedApplication, boolean active,
                              List<OpeningHours> openingHours, boolean hasPhoto, long version) {

    public ResourceDraft toDraft() {
        ResourceDraft draft = new ResourceDraft();
        draft.setName(name);
        draft.setKind(kind);
        draft.setSite(site);
        draft.setLocation(location);
        draft.setDescription(description);
        draft.setSlotMinutes(slotMinutes);
        draft.setMinMinutes(minMinutes);
        draft.setMaxMinutes(maxMinutes);
        draft.setLeadHours(leadHours);
        draft.setMonthlyQuotaHours(monthlyQuotaHours);
        draft.setRequiresApprovedApplication(requiresApprovedApplication);
        draft.setActive(active);
        draft.setOpeningHours(openingHours);
        draft.setVersion(version);
        return draft;
    }
}
