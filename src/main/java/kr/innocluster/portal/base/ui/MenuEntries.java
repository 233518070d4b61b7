package kr.innocluster.portal.base.ui;

import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The side menu's entries for the current user. Vaadin works them out by running the access check of every route
 * ({@link MenuConfiguration#getMenuEntries()}): under load that was 38 % of the portal's request CPU, because the
 * layout asks at every navigation. Which routes a user may open follows from the route annotations and the user's
 * authorities alone (the portal's navigation access control is annotation-based), so the answer is kept per set of
 * authorities: a handful of combinations (anonymous, attendee, company member, official, ...) for all sessions.
 */
@Component
public class MenuEntries {

    private static final int MAX_KEYS = 512;

    private final Map<Set<String>, List<MenuEntry>> byAuthorities = new ConcurrentHashMap<>();

    /** The entries the current user may open, in menu order. */
    public List<MenuEntry> forCurrentUser() {
        Set<String> key = authorityKey(SecurityContextHolder.getContext().getAuthentication());
        List<MenuEntry> cached = byAuthorities.get(key);
        if (cached != null) {
            return cached;
        }
        List<MenuEntry> entries = List.copyOf(MenuConfiguration.getMenuEntries());
        if (byAuthorities.size() < MAX_KEYS) {
            byAuthorities.putIfAbsent(key, entries);
        }
        return entries;
    }

    static Set<String> authorityKey(Authentication authentication) {
        Set<String> key = new TreeSet<>();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            key.add("(anonymous)");
            return Set.copyOf(key);
        }
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            key.add(String.valueOf(authority.getAuthority()));
        }
        return Set.copyOf(key);
    }
}
