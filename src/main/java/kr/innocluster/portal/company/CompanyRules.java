package kr.innocluster.portal.company;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The field rules of a company profile, used by the service (the authority) and by the form (for messages while
 * typing). Each check returns the message key of the first problem, if any.
 */
public final class CompanyRules {

    public static final Pattern KSIC = Pattern.compile("[A-U]\\d{2,5}");
    public static final Pattern PHONE = Pattern.compile("0\\d{1,2}-\\d{3,4}-\\d{4}");
    public static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    public static final LocalDate EARLIEST_FOUNDING = LocalDate.of(1900, 1, 1);
    public static final long MAX_REVENUE = 1_000_000_000_000_000L;

    private CompanyRules() {
    }

    public static Optional<String> businessNumber(String value) {
        return BusinessNumber.problem(value).map(BusinessNumber.Problem::messageKey);
    }

    public static Optional<String> text(String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return Optional.of("company.error.required");
        }
        return value.strip().length() > maxLength ? Optional.of("company.error.tooLong") : Optional.empty();
    }

    public static Optional<String> ksicCode(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("company.error.required");
        }
        return KSIC.matcher(value.strip().toUpperCase()).matches()
                ? Optional.empty() : Optional.of("company.error.ksic.format");
    }

    public static Optional<String> required(Object value) {
        return value == null ? Optional.of("company.error.required") : Optional.empty();
    }

    public static Optional<String> foundedOn(LocalDate value, LocalDate today) {
        if (value == null) {
            return Optional.of("company.error.required");
        }
        if (value.isAfter(today)) {
            return Optional.of("company.error.foundedOn.future");
        }
        return value.isBefore(EARLIEST_FOUNDING) ? Optional.of("company.error.foundedOn.tooEarly") : Optional.empty();
    }

    public static Optional<String> employees(Integer value) {
        if (value == null) {
            return Optional.of("company.error.required");
        }
        return value < 0 || value > 1_000_000 ? Optional.of("company.error.employees.range") : Optional.empty();
    }

    public static Optional<String> annualRevenue(Long value) {
        if (value == null) {
            return Optional.of("company.error.required");
        }
        return value < 0 || value > MAX_REVENUE ? Optional.of("company.error.revenue.range") : Optional.empty();
    }

    public static Optional<String> smartFactoryLevel(Integer value) {
        return value != null && (value < 1 || value > 5)
                ? Optional.of("company.error.smartFactory.range") : Optional.empty();
    }

    public static Optional<String> kind(boolean supplier, boolean demand) {
        return supplier || demand ? Optional.empty() : Optional.of("company.error.kind.required");
    }

    public static Optional<String> phone(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("company.error.required");
        }
        return PHONE.matcher(value.strip()).matches() ? Optional.empty() : Optional.of("company.error.phone.format");
    }

    public static Optional<String> email(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("company.error.required");
        }
        String email = value.strip();
        return email.length() <= 320 && EMAIL.matcher(email).matches()
                ? Optional.empty() : Optional.of("company.error.email.format");
    }

    /** Every problem of a form, by field; the business number is checked only when it can still be set. */
    public static Map<String, String> validate(CompanyForm form, LocalDate today, boolean withBusinessNumber) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (withBusinessNumber) {
            businessNumber(form.getBusinessNumber()).ifPresent(key -> errors.put("businessNumber", key));
        }
        text(form.getName(), 200).ifPresent(key -> errors.put("name", key));
        text(form.getCeoName(), 100).ifPresent(key -> errors.put("ceoName", key));
        text(form.getAddress(), 300).ifPresent(key -> errors.put("address", key));
        required(form.getRegion()).ifPresent(key -> errors.put("region", key));
        ksicCode(form.getKsicCode()).ifPresent(key -> errors.put("ksicCode", key));
        required(form.getSizeClass()).ifPresent(key -> errors.put("sizeClass", key));
        foundedOn(form.getFoundedOn(), today).ifPresent(key -> errors.put("foundedOn", key));
        employees(form.getEmployees()).ifPresent(key -> errors.put("employees", key));
        annualRevenue(form.getAnnualRevenue()).ifPresent(key -> errors.put("annualRevenue", key));
        smartFactoryLevel(form.getSmartFactoryLevel()).ifPresent(key -> errors.put("smartFactoryLevel", key));
        kind(form.isSupplier(), form.isDemand()).ifPresent(key -> errors.put("kind", key));
        text(form.getContactName(), 100).ifPresent(key -> errors.put("contactName", key));
        phone(form.getContactPhone()).ifPresent(key -> errors.put("contactPhone", key));
        email(form.getContactEmail()).ifPresent(key -> errors.put("contactEmail", key));
        return errors;
    }
}
