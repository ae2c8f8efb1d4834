package com.telekpr.gateway.flow;

import com.telekpr.events.NotificationCommand.SendMessage;
import com.telekpr.events.Topics;
import com.telekpr.testkit.Await;
import com.telekpr.testkit.EventProbe;
import com.telekpr.testkit.Sql;
import java.util.List;
import java.util.UUID;

/** What the gateway sends out: user events and the commands for notification-service. */
final class GatewayTraffic {
    static final EventProbe OUT = EventProbe.listen(Topics.USER_EVENTS, Topics.NOTIFICATION_COMMANDS);

    private GatewayTraffic() {
    }

    static UUID userIdOf(long telegramId) {
        Await.until("user " + telegramId + " exists", () ->
                Sql.count("select count(*) from gateway.users where telegram_id = ?", telegramId) == 1);
        return (UUID) Sql.column("select id from gateway.users where telegram_id = ?", telegramId).get(0);
    }

    /** The texts the bot sent to {@code user}, waiting for at least {@code count}. */
    static List<String> textsTo(UUID user, int count) {
        return OUT.await(user, SendMessage.class, count).stream().map(SendMessage::text).toList();
    }
}
