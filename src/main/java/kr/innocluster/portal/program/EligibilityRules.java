package kr.innocluster.portal.program;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kr.innocluster.portal.company.Region;
import kr.innocluster.portal.company.SizeClass;

/**
 * A program's eligibility rules, in the company registry's terms ({@link Region}, {@link SizeClass}). Empty lists
 * and null limits mean "no restriction". The smart-factory level is the confirmed one when a mentor or an official
 * confirmed it, else the declared one; with {@code requireConfirmedLevel} only a confirmed level counts (and a company
 * without one is not eligible, even when no minimum is set). {@link #check} is a pure
 * function: the same profile and day always give the same answer, with a reason for every rule that fails.
 */
public record EligibilityRules(List<Region> regions, List<SizeClass> sizeClasses, List<String> ksicPrefixes,
                               Integer minSmartFactoryLevel, Integer maxCompanyAgeYears,
                               boolean requireConfirmedLevel) {

    /** Company states in which no grant may be given (휴업, 폐업, 파산 ...). */
    static final Set<String> INACTIVE_STATUSES = Set.of("CLOSED", "SUSPENDED", "BANKRUPT", "DISSOLVED");

    public EligibilityRules {
        regions = List.copyOf(regions);
        sizeClasses = List.copyOf(sizeClasses);
        ksicPrefixes = ksicPrefixes.stream().map(p -> p.strip().toUpperCase(Locale.ROOT)).filter(p -> !p.isEmpty())
                .toList();
    }

    /** Rules that accept a declared (unconfirmed) smart-factory level. */
    public EligibilityRules(List<Region> regions, List<SizeClass> sizeClasses, List<String> ksicPrefixes,
                            Integer minSmartFactoryLevel, Integer maxCompanyAgeYears) {
        this(regions, sizeClasses, ksicPrefixes, minSmartFactoryLevel, maxCompanyAgeYears, false);
    }

    public static EligibilityRules none() {
        return new EligibilityRules(List.of(), List.of(), List.of(), null, null);
    }

    public Eligibility check(EligibilityProfile company, LocalDate today) {
        List<EligibilityReason> reasons = new ArrayList<>();
        if (company.status() != null && INACTIVE_STATUSES.contains(company.status().toUpperCase(Locale.ROOT))) {
            reasons.add(new EligibilityReason(EligibilityReason.INACTIVE, company.status()));
        }
        if (!regions.isEmpty() && (company.region() == null || !regions.contains(company.region()))) {
            reasons.add(new EligibilityReason(EligibilityReason.REGION, names(regions)));
        }
        if (!sizeClasses.isEmpty() && (company.sizeClass() == null || !sizeClasses.contains(company.sizeClass()))) {
            reasons.add(new EligibilityReason(EligibilityReason.SIZE, names(sizeClasses)));
        }
        if (!ksicPrefixes.isEmpty() && !matchesKsic(company.ksicCode())) {
            reasons.add(new EligibilityReason("program.eligibility.ksic", String.join(", ", ksicPrefixes)));
        }
        Integer level = requireConfirmedLevel ? company.confirmedSmartFactoryLevel()
                : company.effectiveSmartFactoryLevel();
        if (requireConfirmedLevel && level == null) {
            reasons.add(new EligibilityReason("program.eligibility.smartFactoryUnconfirmed",
                    minSmartFactoryLevel == null ? "" : String.valueOf(minSmartFactoryLevel)));
        } else if (minSmartFactoryLevel != null && (level == null || level < minSmartFactoryLevel)) {
            reasons.add(new EligibilityReason("program.eligibility.smartFactory", String.valueOf(minSmartFactoryLevel)));
        }
        if (maxCompanyAgeYears != null
                && (company.foundedOn() == null || company.foundedOn().plusYears(maxCompanyAgeYears).isBefore(today))) {
            reasons.add(new EligibilityReason("program.eligibility.age", String.valueOf(maxCompanyAgeYears)));
        }
        return new Eligibility(reasons);
    }

    private static String names(List<? extends Enum<?>> values) {
        return String.join(", ", values.stream().map(Enum::name).toList());
    }

    /** KSIC codes are a section letter and digits (C29271); a rule names a section (C) or a prefix (C29). */
    private boolean matchesKsic(String code) {
        if (code == null || code.isBlank()) {
            return false;
        }
        String normalized = code.strip().toUpperCase(Locale.ROOT);
        return ksicPrefixes.stream().anyMatch(normalized::startsWith);
    }

    /**
     * True when these (updated) rules still accept every company the earlier rules accepted. Changes that fail this
     * are refused once applications exist, so nobody who applied is shut out afterwards.
     */
    public boolean acceptsEveryoneAcceptedBy(EligibilityRules earlier) {
        return covers(earlier.regions, regions) && covers(earlier.sizeClasses, sizeClasses) && ksicCovers(earlier)
                && (!requireConfirmedLevel || earlier.requireConfirmedLevel)
                && (minSmartFactoryLevel == null
                    || (earlier.minSmartFactoryLevel != null && minSmartFactoryLevel <= earlier.minSmartFactoryLevel))
                && (maxCompanyAgeYears == null
                    || (earlier.maxCompanyAgeYears != null && maxCompanyAgeYears >= earlier.maxCompanyAgeYears));
    }

    /** Every value the earlier list allowed is still allowed (an empty list allows everything). */
    private static <T> boolean covers(List<T> earlier, List<T> updated) {
        return updated.isEmpty() || (!earlier.isEmpty() && updated.containsAll(earlier));
    }

    private boolean ksicCovers(EligibilityRules earlier) {
        if (ksicPrefixes.isEmpty()) {
            return true;
        }
        return !earlier.ksicPrefixes.isEmpty() && earlier.ksicPrefixes.stream()
                .allMatch(old -> ksicPrefixes.stream().anyMatch(old::startsWith));
    }
}
