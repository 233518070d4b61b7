package kr.innocluster.portal.localstack;

import java.util.HashMap;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Puts the {@link TestStack}'s addresses in front of every other property source of a test context. */
public class TestStackInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final java.nio.file.Path TEST_UPLOADS = createUploadFolder();

    private static java.nio.file.Path createUploadFolder() {
        try {
            return java.nio.file.Files.createTempDirectory("innocluster-test-uploads-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        HashMap<String, Object> properties = new HashMap<>(TestStack.get().properties());
        // uploaded documents of the tests go to a throw-away folder, never the local run's data/uploads
        properties.put("portal.storage.dir", TEST_UPLOADS.toString());
        var sources = context.getEnvironment().getPropertySources();
        MapPropertySource testStack = new MapPropertySource("test-stack", properties);
        if (sources.contains(FaultStackInitializer.SOURCE)) {
            // a fault test's breakable parts (FaultStackInitializer, which may run first) stay in front
            sources.addAfter(FaultStackInitializer.SOURCE, testStack);
        } else {
            sources.addFirst(testStack);
        }
    }
}
