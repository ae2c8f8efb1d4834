package com.telekpr.gateway.conversation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.telekpr.sandbox.LoopbackServer;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * order-, wallet- and payment-service as the gateway's tests play them: the REST paths and JSON shapes the
 * gateway reads (and, for operators, writes), over real HTTP on the port the test profile points at.
 * Each test puts its own user's profiles, balance and orders here. Like the real ones, they answer 401 to a call
 * without a bearer token (they do not verify it), so a client that stops sending its service token fails the tests.
 */
final class PeerServices {
    static final int PORT = 13190;
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static PeerServices running;

    final Map<UUID, List<Map<String, Object>>> profiles = new ConcurrentHashMap<>();
    final Map<UUID, Integer> balances = new ConcurrentHashMap<>();
    final Map<UUID, Instant> subscribedUntil = new ConcurrentHashMap<>();
    final Map<UUID, Map<String, Object>> orders = new ConcurrentHashMap<>();
    final List<String> operatorMoves = new CopyOnWriteArrayList<>();
    /** The Idempotency-Key of every call that carried one. */
    final List<String> moveKeys = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    private PeerServices() throws IOException {
        server = LoopbackServer.create(PORT, 50);
        server.createContext("/", this::serve);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
        server.start();
    }

    static synchronized PeerServices start() {
        if (running == null) {
            try {
                running = new PeerServices();
            } catch (IOException e) {
                throw new IllegalStateException("cannot listen on " + PORT, e);
            }
        }
        return running;
    }

    UUID addProfile(UUID userId, String firstName, String lastName) {
        UUID id = UUID.randomUUID();
        var profile = new LinkedHashMap<String, Object>(Map.of("id", id, "userId", userId, "firstName", firstName,
                "lastName", lastName, "email", firstName.toLowerCase() + "@example.com", "phone", "+14155550123",
                "country", "USA", "hasPassword", false));
        profiles.computeIfAbsent(userId, u -> new CopyOnWriteArrayList<>()).add(profile);
        return id;
    }

    UUID addOrder(UUID userId, String status, Integer queuePosition) {
        UUID id = UUID.randomUUID();
        var order = new LinkedHashMap<String, Object>();
        order.put("id", id);
        order.put("userId", userId);
        order.put("packageCode", "SITES_250");
        order.put("productName", "250 sites");
        order.put("sitesCount", 250);
        order.put("emailConfirmation", false);
        order.put("tokenCost", 250);
        order.put("status", status);
        order.put("queuePosition", queuePosition);
        order.put("priority", false);
        order.put("createdAt", Instant.parse("2026-11-20T10:00:00Z"));
        order.put("history", List.of(Map.of("from", "awaiting_tokens", "to", "pending", "at", "2026-11-20T10:00:01Z")));
        orders.put(id, order);
        return id;
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization == null || !authorization.startsWith("Bearer ")) {
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            URI uri = exchange.getRequestURI();
            Map<String, String> query = query(uri.getRawQuery());
            String[] path = Arrays.stream(uri.getPath().split("/")).filter(p -> !p.isEmpty()).toArray(String[]::new);
            String method = exchange.getRequestMethod();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            if (key != null) {
                moveKeys.add(key);
            }
            Object answer = route(method, path, query, body);
            int status = answer == null ? 404 : answer instanceof Refusal ? 409 : 200;
            byte[] bytes = JSON.writeValueAsBytes(answer == null ? Map.of("status", 404, "message", "not found")
                    : answer instanceof Refusal refusal ? Map.of("status", 409, "error", refusal.error(),
                    "message", refusal.message()) : answer);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private record Refusal(String error, String message) {
    }

    private Object route(String method, String[] path, Map<String, String> query, String body) throws IOException {
        String first = path.length > 0 ? path[0] : "";
        UUID user = query.containsKey("userId") ? UUID.fromString(query.get("userId")) : null;
        return switch (method + " " + first + "/" + path.length) {
            case "GET profiles/1" -> page(profiles.getOrDefault(user, List.of()), 0, 50);
            case "GET catalogue/2" -> prices(subscribedUntil.containsKey(user));
            case "GET accounts/2" -> account(UUID.fromString(path[1]));
            case "GET accounts/3" -> page(List.of(Map.of("type", "purchase", "amount", 500, "balanceAfter", 500,
                    "description", "500 tokens bought with crypto", "createdAt", "2026-11-20T09:00:00Z")), 0, 5);
            case "GET subscription-plan/1" -> Map.of("type", "premium", "priceTokens", 300, "periodDays", 30);
            case "GET purchase-options/1" -> Map.of("usdPerToken", 0.1, "bundles", List.of(100, 500, 1000, 2500),
                    "minTokens", 50, "maxTokens", 100_000);
            case "GET orders/1" -> ordersOf(user, query.get("status"), Integer.parseInt(query.getOrDefault("page", "0")));
            case "GET orders/2" -> orderFor(UUID.fromString(path[1]), user);
            case "GET queue/1" -> orders.values().stream().filter(o -> "pending".equals(o.get("status")))
                    .sorted((a, b) -> Integer.compare((Integer) a.get("queuePosition"), (Integer) b.get("queuePosition")))
                    .limit(Integer.parseInt(query.getOrDefault("size", "50"))).toList();
            case "PUT orders/3", "POST orders/3" -> move(UUID.fromString(path[1]), path[2], JSON.readTree(body));
            case "POST queue/2" -> takeNext(JSON.readTree(body).path("operatorId").asText());
            default -> null;
        };
    }

    private Object account(UUID user) {
        Instant until = subscribedUntil.get(user);
        var account = new LinkedHashMap<String, Object>();
        account.put("userId", user);
        account.put("balance", balances.getOrDefault(user, 0));
        account.put("subscription", until == null ? null : Map.of("type", "premium", "status", "active",
                "expiresAt", until, "active", true));
        return account;
    }

    private static List<Map<String, Object>> prices(boolean subscriber) {
        return List.of(price("SITES_100", "100 sites", 100, subscriber ? 60 : 100),
                price("SITES_250", "250 sites", 250, subscriber ? 150 : 250),
                price("SITES_550", "550 sites", 550, subscriber ? 350 : 550),
                price("EMAIL_CONFIRMATION", "Email confirmation", 0, subscriber ? 30 : 50));
    }

    private static Map<String, Object> price(String code, String name, int sites, int price) {
        return Map.of("code", code, "name", name, "sitesCount", sites, "price", price);
    }

    private Object ordersOf(UUID user, String status, int page) {
        List<Map<String, Object>> mine = orders.values().stream().filter(o -> o.get("userId").equals(user))
                .filter(o -> status == null || status.equals(o.get("status"))).collect(Collectors.toList());
        int from = Math.min(mine.size(), page * 5);
        return Map.of("items", mine.subList(from, Math.min(mine.size(), from + 5)), "page", page, "size", 5,
                "total", mine.size());
    }

    private Object orderFor(UUID id, UUID user) {
        var order = orders.get(id);
        return order == null || (user != null && !user.equals(order.get("userId"))) ? null : order;
    }

    private Object move(UUID id, String what, com.fasterxml.jackson.databind.JsonNode move) {
        var order = orders.get(id);
        if (order == null) {
            return null;
        }
        String to = switch (what) {
            case "status" -> move.path("status").asText();
            case "assign" -> "assigned";
            default -> (String) order.get("status");
        };
        String from = (String) order.get("status");
        boolean allowed = what.equals("notes") || Objects.equals(List.of("pending", "processing", "assigned", "completed")
                .indexOf(to), List.of("pending", "processing", "assigned", "completed").indexOf(from) + 1);
        if (!allowed) {
            return new Refusal("illegal_transition", "cannot move an order from " + from + " to " + to);
        }
        order.put("status", to);
        if (what.equals("notes")) {
            order.put("notes", move.path("note").asText());
        }
        operatorMoves.add(what + ":" + to + ":" + move.path("actorId").asText());
        return order;
    }

    /** The first waiting order becomes the operator's, as order-service's take-next does. */
    private Object takeNext(String operator) {
        var next = orders.values().stream().filter(o -> "pending".equals(o.get("status")))
                .min((a, b) -> Integer.compare((Integer) a.get("queuePosition"), (Integer) b.get("queuePosition")));
        if (next.isEmpty()) {
            return new Refusal("nothing_waiting", "no order is waiting in the queue");
        }
        next.get().put("status", "assigned");
        next.get().put("operatorId", operator);
        operatorMoves.add("take-next:assigned:" + operator);
        return next.get();
    }

    private static Map<String, Object> page(List<?> items, int page, int size) {
        return Map.of("items", new ArrayList<>(items), "page", page, "size", size, "total", items.size());
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(kv[0], kv.length > 1 ? java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return query;
    }
}
