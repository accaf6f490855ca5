"""Stand-ins for the notification stories: a local SMTP server, alerts and subscriptions, the task queue.

The HTTP providers (Telegram Bot API, WhatsApp Graph API, a partner's webhook) are the intake stories' FakeProvider.
"""

from __future__ import annotations

import base64
import datetime as dt
import email
import email.policy
import socketserver
import threading
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

from django.utils import timezone

from waspada.alerts.models import Alert, AlertRule, Notification, Subscription
from waspada.core.enums import Level, Marking
from waspada.intake.sealing import seal
from waspada.regions.models import Region


@dataclass
class Received:
    sender: str
    recipients: list[str]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        parsed = email.message_from_bytes(self.data, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed


@dataclass
class SmtpSink:
    """A tiny SMTP server in a thread: takes every message, or answers RCPT with `rcpt_reply`.

    Speaks just enough ESMTP for smtplib (EHLO, AUTH PLAIN, MAIL, RCPT, DATA, RSET, NOOP, QUIT); no TLS.
    """

    rcpt_reply: str = "250 OK"
    received: list[Received] = field(default_factory=list)
    logins: list[tuple[str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        sink = self

        class Handler(socketserver.StreamRequestHandler):
            def say(self, line: str) -> None:
                self.wfile.write(f"{line}\r\n".encode())

            def handle(self) -> None:
                self.say("220 sink.test ESMTP")
                sender, recipients = "", list[str]()
                while line := self.rfile.readline():
                    command = line.decode("utf-8", "replace").strip()
                    verb = command[:4].upper()
                    if verb == "EHLO":
                        self.wfile.write(b"250-sink.test\r\n250-AUTH PLAIN\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n")
                    elif verb == "HELO":
                        self.say("250 sink.test")
                    elif verb == "AUTH":
                        _zero, user, password = base64.b64decode(command.split()[2]).decode().split("\x00")
                        sink.logins.append((user, password))
                        self.say("235 2.7.0 Authentication successful")
                    elif verb == "MAIL":
                        sender, recipients = command.split(":", 1)[1].split()[0].strip("<>"), list[str]()
                        self.say("250 OK")
                    elif verb == "RCPT":
                        self.say(sink.rcpt_reply)
                        if sink.rcpt_reply.startswith("2"):
                            recipients.append(command.split(":", 1)[1].strip().strip("<>"))
                    elif verb == "DATA":
                        self.say("354 End data with <CR><LF>.<CR><LF>")
                        lines = []
                        while (data := self.rfile.readline()) not in (b".\r\n", b""):
                            lines.append(data[1:] if data.startswith(b"..") else data)
                        sink.received.append(Received(sender, recipients, b"".join(lines)))
                        self.say("250 OK queued")
                    elif verb in ("RSET", "NOOP"):
                        self.say("250 OK")
                    elif verb == "QUIT":
                        self.say("221 Bye")
                        return
                    else:
                        self.say("502 Command not implemented")

        socketserver.ThreadingTCPServer.allow_reuse_address = True
        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)

    @property
    def port(self) -> int:
        return int(self.server.server_address[1])

    def __enter__(self) -> SmtpSink:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def make_alert(
    region: str = "64.08",
    *,
    level: str = Level.WASPADA,
    marking: str = Marking.TERBATAS,
    category: str = "sengketa_lahan",
    escalation_level: int = 0,
    title: str = "Kutai Timur: 3 laporan serius dalam 24 jam",
    explanation: str = "Kutai Timur: 3 laporan sengketa lahan dari 2 desa dalam 24 jam, 1 dengan kekerasan.",
) -> Alert:
    return Alert.objects.create(
        rule=AlertRule.objects.get(code="laporan-keparahan-24j"),
        region=Region.objects.get(code=region),
        level=level,
        marking=marking,
        category=category,
        title=title,
        explanation=explanation,
        report_ids=[],
        raised_at=timezone.now() - dt.timedelta(minutes=5),
        escalation_level=escalation_level,
    )


def subscribe(user: Any, channel: str = "telegram", address: str = "555000111", **fields: Any) -> Subscription:
    return Subscription.objects.create(user=user, channel=channel, address_sealed=seal(address), **fields)


def run_queued_notifications() -> int:
    """Do what a db_worker does with the queued notification tasks; returns how many ran."""
    from django_tasks_db.models import DBTaskResult

    ran = 0
    while True:
        rows = list(DBTaskResult.objects.filter(status="READY", task_path__startswith="waspada.alerts.tasks."))
        if not rows:
            return ran
        for row in rows:
            row.delete()
            row.task.call(*row.args_kwargs["args"], **row.args_kwargs["kwargs"])
            ran += 1


def outbox(**filters: Any) -> list[Notification]:
    return list(Notification.objects.filter(**filters).order_by("pk"))
