package kr.innocluster.portal.program;

import java.util.Arrays;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import kr.innocluster.portal.company.CompanyStatus;
import kr.innocluster.portal.company.Region;
import kr.innocluster.portal.company.SizeClass;

/**
 * Why a company is not eligible: an i18n key and the program's requirement it failed, as stored with the
 * application. Regions, size classes and company states are their enum names ("DAEGU, GYEONGBUK");
 * {@link #requirementIn} labels them in the viewer's language with the company bundle ({@code company.region.<NAME>},
 * {@code company.size.<NAME>}, {@code company.status.<NAME>}).
 */
public record EligibilityReason(String messageKey, String requirement) {

    static final String REGION = "program.eligibility.region";
    static final String SIZE = "program.eligibility.size";
    static final String INACTIVE = "program.eligibility.inactive";

    /** The requirement for a reader; {@code translate} turns a message key into text in their language. */
    public String requirementIn(UnaryOperator<String> translate) {
        return switch (messageKey) {
            case REGION -> label(name -> isEnum(Region.class, name) ? translate.apply("company.region." + name) : name);
            case SIZE -> label(name -> isEnum(SizeClass.class, name) ? translate.apply("company.size." + name) : name);
            case INACTIVE -> label(name -> isEnum(CompanyStatus.class, name)
                    ? translate.apply("company.status." + name) : name);
            default -> requirement;
        };
    }

    private String label(UnaryOperator<String> labelOfName) {
        return Arrays.stream(requirement.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(labelOfName)
                .collect(Collectors.joining(", "));
    }

    private static <E extends Enum<E>> boolean isEnum(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).anyMatch(e -> e.name().equals(name));
    }
}
