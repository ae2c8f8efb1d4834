#!/usr/bin/env python3
"""Seeds the running local stack (deploy/local/run) the way a customer would: through the Telegram sandbox's chat
(start, register a profile, buy tokens on the OxaPay sandbox checkout, order). For screenshots and trying the panel.

  deploy/local/scripts/seed-orders.py [customers=1] [orders-each=2]
"""
import json, sys, time, urllib.request, uuid

TELEGRAM = "http://127.0.0.1:8091/control/telegram"
OXAPAY = "http://127.0.0.1:8090"


def call(url, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method="GET" if body is None else "POST",
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as answer:
        raw = answer.read()
        return json.loads(raw) if raw else None


class Chat:
    def __init__(self, first, last):
        self.first, self.last = first, last
        self.user = call(TELEGRAM + "/users", {"firstName": first, "lastName": last,
                                               "username": f"{first.lower()}_{uuid.uuid4().hex[:6]}", "languageCode": "en"})
        self.seen = 0

    def bot_says(self, expected, patience=120):
        deadline = time.time() + patience
        while time.time() < deadline:
            entries = call(f"{TELEGRAM}/chats/{self.user['id']}/history")["entries"]
            for entry in reversed(entries):
                if entry["from"] == "bot" and expected in (entry.get("text") or "") and entry["messageId"] > self.seen:
                    self.seen = entry["messageId"]
                    return entry
            time.sleep(0.3)
        raise TimeoutError(f"the bot never said {expected!r}")

    def say(self, text, expected):
        call(f"{TELEGRAM}/users/{self.user['id']}/messages", {"text": text})
        return self.bot_says(expected)

    def tap(self, part, expected):
        entries = call(f"{TELEGRAM}/chats/{self.user['id']}/history")["entries"]
        for entry in reversed(entries):
            for row in entry.get("keyboard") or []:
                for button in row:
                    data = button.get("callbackData") or ""
                    if part in data:
                        call(f"{TELEGRAM}/users/{self.user['id']}/presses", {"messageId": entry["messageId"], "callbackData": data})
                        return self.bot_says(expected)
        raise LookupError(f"no button {part!r}")

    def url(self, entry):
        for row in entry.get("keyboard") or []:
            for button in row:
                if button.get("url"):
                    return button["url"]
        raise LookupError("no link")


def customer(first, last, orders):
    chat = Chat(first, last)
    chat.say("/start", "Welcome")
    chat.say("/register", "Step 1 of 16")
    chat.say(first, "Step 2 of 16")
    chat.tap(":skip", "Step 3 of 16")
    chat.say(last, "Step 4 of 16")
    chat.say(f"{first.lower()}.{last.lower()}@example.com", "Step 5 of 16")
    chat.say("415-555-0123", "Step 6 of 16")
    for step in range(6, 16):
        chat.tap(":skip", f"Step {step + 1} of 16")
    chat.tap(":nopw", "Please check the profile")
    chat.tap(":save", "Customer profile saved")
    chat.say("/tokens", "Balance")
    link = chat.tap("tok:buy:1000", "Pay ")
    track = chat.url(link).rsplit("/", 1)[1]
    urllib.request.urlopen(urllib.request.Request(f"{OXAPAY}/pay/{track}/paid", data=b"", method="POST"), timeout=30)
    chat.bot_says("Payment confirmed")
    for n in range(orders):
        chat.say("/order", "who is it for")
        chat.tap(":profile:", "Choose the package")
        chat.tap(":package:" + ("SITES_100" if n % 2 == 0 else "SITES_550"), "Add email confirmation")
        chat.tap(":email:no", "Order summary")
        chat.tap(":confirm", "is in the queue")
    print(f"{first} {last}: registered, 1000 tokens, {orders} orders")


if __name__ == "__main__":
    names = [("Anna", "Berg"), ("Ben", "Cole"), ("Cara", "Diaz"), ("Dan", "Evans"), ("Eva", "Fox"), ("Finn", "Gray")]
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    each = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    for first, last in names[:count]:
        customer(first, last, each)
