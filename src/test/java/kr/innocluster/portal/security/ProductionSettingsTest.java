package kr.innocluster.portal.security;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.RemoteIpValve;
import org.apache.catalina.valves.ValveBase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production settings: X-Forwarded-* only from the configured proxies (Tomcat's RemoteIpValve, as Spring Boot sets it
 * up for {@code forward-headers-strategy=native}), a Secure, HttpOnly, SameSite session cookie.
 */
class ProductionSettingsTest {

    @Test
    void theProductionProfileTrustsForwardedHeadersOnlyFromTheConfiguredProxies() throws IOException {
        Properties prod = load("/application-prod.properties");
        assertThat(prod.getProperty("server.forward-headers-strategy")).isEqualTo("native");
        assertThat(prod.getProperty("server.tomcat.remoteip.internal-proxies")).isEqualTo("${TRUSTED_PROXIES:}");
        assertThat(prod.getProperty("server.servlet.session.cookie.secure")).isEqualTo("${SESSION_COOKIE_SECURE:true}");

        Properties all = load("/application.properties");
        assertThat(all.getProperty("server.servlet.session.cookie.same-site")).isEqualTo("lax");
        assertThat(all.getProperty("server.servlet.session.cookie.http-only")).isEqualTo("true");
    }

    @Test
    void aClientsOwnForwardedHeadersAreIgnoredAndAConfiguredProxysAreBelieved() throws Exception {
        // TRUSTED_PROXIES unset: nobody is trusted, a client cannot claim another address or https
        Seen direct = pass(valve(""), "203.0.113.7", "10.9.9.9", "https");
        assertThat(direct.remoteAddr).isEqualTo("203.0.113.7");
        assertThat(direct.secure).isFalse();

        // TRUSTED_PROXIES=10\.0\.0\.5: the proxy's headers count, anyone else's do not
        Seen viaProxy = pass(valve("10\\.0\\.0\\.5"), "10.0.0.5", "198.51.100.23", "https");
        assertThat(viaProxy.remoteAddr).isEqualTo("198.51.100.23");
        assertThat(viaProxy.secure).isTrue();
        Seen other = pass(valve("10\\.0\\.0\\.5"), "10.0.0.6", "198.51.100.23", "https");
        assertThat(other.remoteAddr).isEqualTo("10.0.0.6");
        assertThat(other.secure).isFalse();
    }

    /** As Spring Boot configures it: internal proxies from the setting, no other trusted proxies. */
    private static RemoteIpValve valve(String internalProxies) {
        RemoteIpValve valve = new RemoteIpValve();
        valve.setInternalProxies(internalProxies);
        valve.setTrustedProxies(null);
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProtocolHeader("X-Forwarded-Proto");
        return valve;
    }

    private record Seen(String remoteAddr, boolean secure) {
    }

    private static Seen pass(RemoteIpValve valve, String connectionFrom, String forwardedFor, String proto)
            throws Exception {
        Seen[] seen = new Seen[1];
        valve.setNext(new ValveBase() {
            @Override
            public void invoke(Request request, Response response) {
                seen[0] = new Seen(request.getRemoteAddr(), request.isSecure());
            }
        });
        Request request = new Request(new Connector(), new org.apache.coyote.Request());
        request.setRemoteAddr(connectionFrom);
        request.setRemoteHost(connectionFrom);
        request.getCoyoteRequest().getMimeHeaders().addValue("X-Forwarded-For").setString(forwardedFor);
        request.getCoyoteRequest().getMimeHeaders().addValue("X-Forwarded-Proto").setString(proto);
        valve.invoke(request, new Response(new org.apache.coyote.Response()));
        return seen[0];
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ProductionSettingsTest.class.getResourceAsStream(resource)) {
            properties.load(in);
        }
        return properties;
    }
}
