package com.telekpr.gateway.flow;

import static com.telekpr.gateway.flow.GatewayTraffic.textsTo;
import static com.telekpr.gateway.flow.GatewayTraffic.userIdOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** 1,000 updates from 100 chats, interleaved: each chat's answers come in the order of its updates. */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class UpdateOrderTest {
    private static final int CHATS = 100;
    private static final int PER_CHAT = 10;

    @Test
    void eachChatIsAnsweredInOrder() {
        long base = 750_000_000L + Updates.nextId() % 1_000_000 * 1_000;
        for (int i = 0; i < PER_CHAT; i++) {
            for (int chat = 0; chat < CHATS; chat++) {
                Updates.publish(base + chat, Updates.message(Updates.nextId(), base + chat, "t" + i, "en"));
            }
        }
        for (int chat = 0; chat < CHATS; chat++) {
            List<String> answers = textsTo(userIdOf(base + chat), PER_CHAT);
            assertEquals(IntStream.range(0, PER_CHAT).mapToObj(i -> "🤔 I did not understand “t" + i
                    + "”. Use the buttons or type /help to see what I can do.").toList(), answers);
        }
    }
}
