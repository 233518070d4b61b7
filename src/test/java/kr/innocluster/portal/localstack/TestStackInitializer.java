package kr.innocluster.portal.localstack;

import java.util.HashMap;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Puts the {@link TestStack}'s addresses in front of every other property source of a test context. */
public class TestStackInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("test-stack", new HashMap<>(TestStack.get().properties())));
    }
}
