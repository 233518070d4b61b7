package kr.innocluster.portal.architecture;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import kr.innocluster.portal.architecture.JavaSourceLiterals.Literal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules about string literals, read from the sources (ArchUnit cannot see them: the compiler inlines constants).
 * Each rule is shown to fail on the deliberately broken fixture in {@code src/test/resources/archfixture/}.
 */
class SourceRulesTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path BROKEN = Path.of("src/test/resources/archfixture");

    private static final Pattern HANGUL = Pattern.compile("[\\p{IsHangul}]");
    /** The realm's role names, as {@code security.Roles} defines them. */
    private static final List<String> ROLE_NAMES = List.of("official", "reviewer", "operator", "company", "attendee",
            "admin");
    /** A literal handed to something that checks or grants a role. */
    private static final Pattern ROLE_ARGUMENT = Pattern.compile(
            "(hasRole|hasAnyRole|hasAuthority|RolesAllowed|authority|withRoles|hasRealmRole)\\s*\\(\\s*\\{?\\s*(\"[^\"]*\"\\s*,\\s*)*$");
    private static final Pattern ROLE_IN_EXPRESSION = Pattern.compile(
            "'(" + String.join("|", ROLE_NAMES) + ")'");

    @Test
    void noKoreanTextInCodeOutsideDemoData() {
        assertThat(koreanLiterals(MAIN))
                .as("user-visible text comes from the message bundles (i18n/<feature>.properties); only demo-data "
                        + "classes (*DemoData, Demo*) may hold Korean literals")
                .isEmpty();
    }

    @Test
    void roleNamesOnlyThroughTheRolesConstants() {
        assertThat(roleLiterals(MAIN))
                .as("role names are written once, in security.Roles; expressions concatenate the constants, e.g. "
                        + "@PreAuthorize(\"hasRole('\" + Roles.OFFICIAL + \"')\")")
                .isEmpty();
    }

    @Test
    void theRulesFailWhenBroken() {
        assertThat(koreanLiterals(BROKEN)).extracting(Literal::text).containsExactly("신청서를 저장했습니다");
        assertThat(roleLiterals(BROKEN)).extracting(Literal::text)
                .containsExactlyInAnyOrder("hasAnyRole('official', 'company')", "reviewer");
    }

    static List<Literal> koreanLiterals(Path root) {
        return JavaSourceLiterals.in(root).stream()
                .filter(literal -> !isDemoData(literal.file()))
                .filter(literal -> HANGUL.matcher(literal.text()).find())
                .toList();
    }

    static List<Literal> roleLiterals(Path root) {
        return JavaSourceLiterals.in(root).stream()
                .filter(literal -> !literal.file().getFileName().toString().startsWith("Roles."))
                .filter(literal -> ROLE_NAMES.contains(literal.text()) && ROLE_ARGUMENT.matcher(literal.before()).find()
                        || ROLE_IN_EXPRESSION.matcher(literal.text()).find())
                .toList();
    }

    private static boolean isDemoData(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith("DemoData.java") || name.startsWith("Demo");
    }
}
