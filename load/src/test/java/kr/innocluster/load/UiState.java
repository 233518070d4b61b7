package kr.innocluster.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What Vaadin's client engine keeps of one UI, enough to act as the browser does: the CSRF token, {@code syncId} and
 * {@code clientId} of the last answer, and the state tree built from each answer's {@code changes} (tag, attributes,
 * listeners, classes, children, text of every node). The node to click is looked up here by id, tag, class or text,
 * never hard-coded: node ids are assigned by the server.
 *
 * <p>Feature numbers of Flow's wire format (checked against what Chromium exchanged with the portal): 0 element data
 * (tag), 1 element properties, 2 children, 3 attributes, 4 listeners, 7 text, 11 class list.
 */
public final class UiState {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** Web components that send these "property changed" events (and property syncs) once they are attached. */
    private static final Map<String, List<String>> ATTACH_EVENTS = Map.of(
            "vaadin-side-nav-item", List.of("expanded-changed"),
            "vaadin-side-nav", List.of("collapsed-changed"),
            "vaadin-checkbox", List.of("checked-changed", "indeterminate-changed"),
            "vaadin-app-layout", List.of("primary-section-changed", "drawer-opened-changed", "overlay-changed"),
            "vaadin-select", List.of("opened-changed", "value-changed"),
            "vaadin-notification", List.of("opened-changed"),
            "vaadin-dialog", List.of("opened-changed"));
    private static final Map<String, Map<String, Object>> ATTACH_SYNCS = Map.of(
            "vaadin-side-nav-item", Map.of("expanded", false),
            "vaadin-side-nav", Map.of("collapsed", false),
            "vaadin-app-layout", Map.of("drawerOpened", true, "overlay", false));

    public static final class Node {
        final int id;
        String tag;
        String text;
        final Map<String, String> attributes = new HashMap<>();
        final Set<String> listeners = new HashSet<>();
        final Set<String> classes = new HashSet<>();
        final List<Integer> children = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }

        public int id() {
            return id;
        }

        public String attribute(String name) {
            return attributes.get(name);
        }
    }

    public final String csrfToken;
    public final int uiId;
    int syncId;
    int clientId;
    final Map<Integer, Node> nodes = new LinkedHashMap<>();
    /** Nodes attached by the last answer: the browser sends their initial property events in its next request. */
    final List<Integer> attachedLast = new ArrayList<>();
    /** Grid data updates the server asked the client to confirm (node, update id). */
    final List<int[]> confirmations = new ArrayList<>();
    final Map<Integer, Integer> promises = new HashMap<>();

    private UiState(String csrfToken, int uiId, int syncId, int clientId) {
        this.csrfToken = csrfToken;
        this.uiId = uiId;
        this.syncId = syncId;
        this.clientId = clientId;
    }

    /** From the {@code v-r=init} answer (JSON with {@code appConfig.uidl}). */
    public static UiState fromInit(String body) {
        try {
            JsonNode root = JSON.readTree(body);
            JsonNode config = root.path("appConfig");
            JsonNode uidl = config.path("uidl");
            UiState state = new UiState(uidl.path("Vaadin-Security-Key").asText(), config.path("v-uiId").asInt(),
                    uidl.path("syncId").asInt(), uidl.path("clientId").asInt());
            if (state.csrfToken.isEmpty()) {
                throw new IllegalStateException("init answer without Vaadin-Security-Key");
            }
            state.apply(uidl);
            state.attachedLast.clear();
            return state;
        } catch (Exception e) {
            throw new IllegalStateException("not a Vaadin init answer: " + abbreviate(body), e);
        }
    }

    /**
     * Why a UIDL answer is a failure although it came with HTTP 200, or {@code null}: Vaadin frames critical
     * notifications (session expired, CSRF refused, internal error) as {@code for(;;);[...]}; other errors name
     * {@code appError}/{@code sessionExpired} in {@code meta}; a {@code resynchronize} means the client lost track.
     */
    public static String failureOf(String body) {
        if (body == null || body.isEmpty()) {
            return "empty UIDL answer";
        }
        if (body.startsWith("for(;;);")) {
            return "Vaadin critical notification: " + abbreviate(body);
        }
        if (body.contains("\"sessionExpired\"") || body.contains("\"appError\"") || body.contains("\"resynchronize\"")) {
            return "Vaadin error answer: " + abbreviate(body);
        }
        if (!body.startsWith("{")) {
            return "not a UIDL answer: " + abbreviate(body);
        }
        return null;
    }

    /** Applies one UIDL answer: counters, state tree, and what the browser would answer by itself. */
    public void applyAnswer(String body) {
        try {
            JsonNode uidl = JSON.readTree(body);
            if (uidl.has("syncId")) {
                syncId = uidl.get("syncId").asInt();
            }
            if (uidl.has("clientId")) {
                clientId = uidl.get("clientId").asInt();
            }
            attachedLast.clear();
            apply(uidl);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read UIDL answer: " + abbreviate(body), e);
        }
    }

    private void apply(JsonNode uidl) {
        for (JsonNode change : uidl.path("changes")) {
            int id = change.path("node").asInt();
            String type = change.path("type").asText();
            switch (type) {
                case "attach" -> {
                    nodes.put(id, new Node(id));
                    attachedLast.add(id);
                }
                case "detach" -> nodes.remove(id);
                case "put" -> put(node(id), change);
                case "remove" -> {
                    Node n = node(id);
                    if (change.path("feat").asInt() == 3) {
                        n.attributes.remove(change.path("key").asText());
                    }
                }
                case "splice" -> splice(node(id), change);
                case "clear" -> {
                    if (change.path("feat").asInt() == 2) {
                        node(id).children.clear();
                    }
                }
                default -> {
                    // property maps, return channels etc. are not needed to find nodes
                }
            }
        }
        for (JsonNode execute : uidl.path("execute")) {
            if (!execute.isArray() || execute.size() < 3) {
                continue;
            }
            String script = execute.get(execute.size() - 1).asText();
            if (script.contains("$connector.confirm(") && execute.get(0).has("@v-node")) {
                confirmations.add(new int[] {execute.get(0).get("@v-node").asInt(), execute.get(1).asInt()});
            }
        }
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    private static void put(Node n, JsonNode change) {
        String key = change.path("key").asText();
        JsonNode value = change.path("value");
        switch (change.path("feat").asInt()) {
            case 0 -> {
                if ("tag".equals(key)) {
                    n.tag = value.asText();
                }
            }
            case 3 -> n.attributes.put(key, value.isObject() ? value.path("uri").asText() : value.asText());
            case 4 -> n.listeners.add(key);
            case 7 -> {
                if ("text".equals(key)) {
                    n.text = value.asText();
                }
            }
            default -> {
                // other features are not needed
            }
        }
    }

    private static void splice(Node n, JsonNode change) {
        int feature = change.path("feat").asInt();
        int index = change.path("index").asInt();
        if (feature == 2) {
            int remove = change.path("remove").asInt(0);
            for (int i = 0; i < remove && index < n.children.size(); i++) {
                n.children.remove(index);
            }
            int at = Math.min(index, n.children.size());
            for (JsonNode added : change.path("addNodes")) {
                n.children.add(at++, added.asInt());
            }
        } else if (feature == 11) {
            for (JsonNode added : change.path("add")) {
                n.classes.add(added.asText());
            }
        }
    }

    // ---- finding nodes -------------------------------------------------------------------------------------------

    public Optional<Node> find(Predicate<Node> predicate) {
        return nodes.values().stream().filter(predicate).findFirst();
    }

    public List<Node> findAll(Predicate<Node> predicate) {
        return nodes.values().stream().filter(predicate).toList();
    }

    public Optional<Node> byId(String domId) {
        return find(n -> domId.equals(n.attributes.get("id")));
    }

    public Node requireId(String domId) {
        return byId(domId).orElseThrow(() -> new IllegalStateException("no element #" + domId + " in the UI"));
    }

    /** Links ({@code <a href>}) whose route starts with the prefix and continues with a number, in document order. */
    public List<String> routesStartingWith(String prefix) {
        return nodes.values().stream().map(n -> n.attributes.get("href"))
                .filter(h -> h != null && h.startsWith(prefix) && h.substring(prefix.length()).matches("\\d+"))
                .distinct().toList();
    }

    /** The text of a node and its descendants, as a browser would render it (without spacing). */
    public String textOf(Node n) {
        StringBuilder sb = new StringBuilder();
        collect(n, sb, 0);
        return sb.toString();
    }

    private void collect(Node n, StringBuilder sb, int depth) {
        if (n == null || depth > 40) {
            return;
        }
        if (n.text != null) {
            sb.append(n.text);
        }
        for (int child : n.children) {
            collect(nodes.get(child), sb, depth + 1);
        }
    }

    // ---- requests ------------------------------------------------------------------------------------------------

    /** A UIDL request body with these rpc invocations, the current counters and the CSRF token. */
    public String body(ArrayNode rpc) {
        ObjectNode body = F.objectNode();
        body.put("csrfToken", csrfToken);
        body.set("rpc", rpc);
        body.put("syncId", syncId);
        body.put("clientId", clientId);
        return body.toString();
    }

    public static ArrayNode rpc() {
        return F.arrayNode();
    }

    public static ObjectNode navigate(String route, String trigger, int historyIndex) {
        ObjectNode data = F.objectNode().put("route", route).put("query", "").put("appShellTitle", "");
        data.set("historyState", F.objectNode().put("idx", historyIndex));
        data.put("trigger", trigger);
        return F.objectNode().put("type", "event").put("node", 1).put("event", "ui-navigate").set("data", data);
    }

    public static ObjectNode event(int node, String event, ObjectNode data) {
        return F.objectNode().put("type", "event").put("node", node).put("event", event)
                .set("data", data == null ? F.objectNode() : data);
    }

    public static ObjectNode click(int node) {
        ObjectNode data = F.objectNode().put("event.shiftKey", false).put("event.metaKey", false)
                .put("event.detail", 1).put("event.ctrlKey", false).put("event.clientX", 300)
                .put("event.clientY", 400).put("event.altKey", false).put("event.button", 0)
                .put("event.screenY", 500).put("event.screenX", 310);
        return event(node, "click", data);
    }

    public static ObjectNode sync(int node, String property, Object value) {
        ObjectNode sync = F.objectNode().put("type", "mSync").put("node", node).put("feature", 1)
                .put("property", property);
        if (value instanceof Boolean b) {
            sync.put("value", b);
        } else if (value instanceof Number number) {
            sync.put("value", number.doubleValue());
        } else {
            sync.put("value", String.valueOf(value));
        }
        return sync;
    }

    /**
     * What the browser sends by itself after an answer: the initial "property changed" events of web components that
     * were just attached, and the confirmation of grid data updates. Empty when there is nothing to send.
     */
    public ArrayNode followUp() {
        ArrayNode rpc = rpc();
        List<ObjectNode> syncs = new ArrayList<>();
        for (int id : attachedLast) {
            Node n = nodes.get(id);
            if (n == null || n.tag == null) {
                continue;
            }
            for (String event : ATTACH_EVENTS.getOrDefault(n.tag, List.of())) {
                if (n.listeners.contains(event)) {
                    rpc.add(event(id, event, null));
                }
            }
            ATTACH_SYNCS.getOrDefault(n.tag, Map.of()).forEach((property, value) -> syncs.add(sync(id, property, value)));
        }
        syncs.forEach(rpc::add);
        for (int[] confirmation : confirmations) {
            int promise = promises.merge(confirmation[0], 1, Integer::sum) - 1;
            ObjectNode handler = F.objectNode().put("type", "publishedEventHandler").put("node", confirmation[0])
                    .put("templateEventMethodName", "confirmUpdate");
            handler.set("templateEventMethodArgs", F.arrayNode().add(confirmation[1]));
            handler.put("promise", promise);
            rpc.add(handler);
        }
        attachedLast.clear();
        confirmations.clear();
        return rpc;
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "null";
        }
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
