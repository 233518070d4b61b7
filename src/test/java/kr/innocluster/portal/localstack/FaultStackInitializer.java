package kr.innocluster.portal.localstack;

import java.util.HashMap;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a fault test's portal at the {@link FaultStack} (breakable parts) instead of the shared ones. Runs after
 * {@link TestStackInitializer} or before it: either way its properties come first.
 */
public class FaultStackInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The name of its property source, which {@link TestStackInitializer} leaves in front. */
    static final String SOURCE = "fault-stack";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        HashMap<String, Object> properties = new HashMap<>(FaultStack.get().properties());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(SOURCE, properties));
    }
}
