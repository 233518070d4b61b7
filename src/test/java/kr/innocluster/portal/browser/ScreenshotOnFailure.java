package kr.innocluster.portal.browser;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keeps the page a failed browser test ended on, for the person reading the CI log. Runs right after the test
 * method, before {@code @AfterEach} closes the page.
 */
class ScreenshotOnFailure implements AfterTestExecutionCallback {

    private static final Map<String, Page> PAGES = new ConcurrentHashMap<>();

    static void track(TestInfo info, Page page) {
        PAGES.put(key(info.getTestClass().orElseThrow(), info.getDisplayName()), page);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        Page page = PAGES.remove(key(context.getRequiredTestClass(), context.getDisplayName()));
        if (context.getExecutionException().isEmpty() || page == null || page.isClosed()) {
            return;
        }
        try {
            Files.createDirectories(BrowserTestBase.SCREENSHOTS);
            String name = "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getDisplayName().replaceAll("[^\\w가-힣-]+", "_");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(BrowserTestBase.SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
        } catch (RuntimeException | java.io.IOException ignored) {
            // a screenshot must never hide the real failure
        }
    }

    private static String key(Class<?> testClass, String displayName) {
        return testClass.getName() + "#" + displayName;
    }
}
