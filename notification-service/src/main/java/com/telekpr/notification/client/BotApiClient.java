package com.telekpr.notification.client;

import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.request.AbstractSendRequest;
import com.pengrad.telegrambot.request.AnswerCallbackQuery;
import com.pengrad.telegrambot.request.BaseRequest;
import com.pengrad.telegrambot.request.EditMessageText;
import com.pengrad.telegrambot.request.SendDocument;
import com.pengrad.telegrambot.request.SendMessage;
import com.pengrad.telegrambot.response.BaseResponse;
import com.pengrad.telegrambot.response.SendResponse;
import com.telekpr.events.NotificationCommand;
import com.telekpr.notification.domain.SendOutcome;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.jboss.logging.Logger;

/**
 * The one place that calls the Telegram Bot API (through pengrad's client), turning each answer into
 * a {@link SendOutcome}. Blocking: called from the dispatcher's worker threads.
 */
@ApplicationScoped
public class BotApiClient {
    private static final Logger LOG = Logger.getLogger(BotApiClient.class);

    private final TelegramBot bot;
    private final OkHttpClient http;

    BotApiClient(TelegramConfig config) {
        this.http = new OkHttpClient.Builder()
                .connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(config.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .callTimeout(config.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build();
        this.bot = new TelegramBot.Builder(config.botToken()).apiUrl(config.apiUrl()).okHttpClient(http).build();
    }

    public SendOutcome send(NotificationCommand command) {
        BaseRequest<?, ? extends BaseResponse> request = RequestMapping.toRequest(command);
        BaseResponse response;
        try {
            response = bot.execute(request);
        } catch (RuntimeException unanswered) { // network failure or an answer that is not the Bot API's JSON
            return new SendOutcome.Unavailable(String.valueOf(unanswered.getCause() != null ? unanswered.getCause() : unanswered));
        }
        if (response.isOk()) {
            return new SendOutcome.Delivered(messageIdOf(command, response));
        }
        int code = response.errorCode();
        String description = code + " " + response.description();
        if (code == 429) {
            Integer retryAfter = response.parameters() == null ? null : response.parameters().retryAfter();
            return new SendOutcome.TooManyRequests(retryAfter == null ? 1 : Math.max(1, retryAfter));
        }
        if (code == 403) {
            return new SendOutcome.Blocked(description);
        }
        if (code >= 500 || code == 401 || code == 404) {
            if (code < 500) {
                LOG.errorf("Telegram refused the bot itself (%s): check TELEKPR_TELEGRAM_BOT_TOKEN and the API URL", description);
            }
            return new SendOutcome.Unavailable(description);
        }
        return new SendOutcome.Refused(description);
    }

    private static long messageIdOf(NotificationCommand command, BaseResponse response) {
        if (response instanceof SendResponse sent && sent.message() != null) {
            return sent.message().messageId();
        }
        return command instanceof NotificationCommand.EditMessage edit ? edit.messageId() : 0;
    }

    @PreDestroy
    void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    /** Our commands as pengrad requests. */
    static final class RequestMapping {
        private RequestMapping() {
        }

        static BaseRequest<?, ? extends BaseResponse> toRequest(NotificationCommand command) {
            if (command instanceof NotificationCommand.SendMessage send) {
                return withKeyboard(new SendMessage(send.chatId(), send.text()), send.keyboard());
            }
            if (command instanceof NotificationCommand.EditMessage edit) {
                var request = new EditMessageText(edit.chatId(), Math.toIntExact(edit.messageId()), edit.text());
                return edit.keyboard() == null || edit.keyboard().isEmpty() ? request
                        : request.replyMarkup(Keyboards.of(edit.keyboard()));
            }
            if (command instanceof NotificationCommand.AnswerCallback answer) {
                var request = new AnswerCallbackQuery(answer.callbackQueryId()).showAlert(answer.alert());
                return answer.text() == null ? request : request.text(answer.text());
            }
            var document = (NotificationCommand.SendDocument) command;
            var request = new SendDocument(document.chatId(), Base64.getDecoder().decode(document.contentBase64()))
                    .fileName(document.fileName());
            return document.caption() == null ? request : request.caption(document.caption());
        }

        private static <T extends AbstractSendRequest<T>> T withKeyboard(T request,
                java.util.List<java.util.List<com.telekpr.events.Button>> keyboard) {
            return keyboard == null || keyboard.isEmpty() ? request : request.replyMarkup(Keyboards.of(keyboard));
        }
    }
}
