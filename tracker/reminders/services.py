"""Writes for reminders: plan the outbox rows, claim them, send them, sweep them.

The scan (every REMINDER_SCAN_MINUTES, from Celery beat) does three things in order:

1. sweep: rows stuck in `sending` past REMINDER_SENDING_TIMEOUT belonged to a worker
   that died; queue them again. Queued rows of closed directives or of an old
   deadline are cancelled.
2. plan: for active directives whose deadline is near or past, work out the latest due
   stage for each recipient (policy.due_stage) and insert the row if it is not there
   yet; the unique constraint makes a second scan, or a racing one, a no-op. Queued rows
   that a later stage supersedes are marked skipped: after downtime a person gets one
   catch-up email saying where things stand, not one per missed stage.
3. claim: lock due queued rows with SELECT ... FOR UPDATE SKIP LOCKED, group them per
   recipient, mark each group `sending` under a fresh claim id with a conditional
   UPDATE (... WHERE status='queued'), and enqueue one send task per group on commit.

The send task acts only on rows that still hold its claim id, so a duplicate delivery
of the task, or a task that outlived the sweeper, sends nothing.
"""

from __future__ import annotations

import datetime as dt
import logging
import smtplib
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from functools import partial
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.core.mail import get_connection
from django.db import connection, transaction
from django.db.models import F, Q
from django.utils import timezone

from tracker.bodies.models import Body
from tracker.directives.models import ACTIVE_STATUSES, Directive
from tracker.reminders import policy
from tracker.reminders.emails import digest_message
from tracker.reminders.models import (
    ContactOptOut,
    Delivery,
    Reminder,
    ReminderPreference,
    Subscription,
)
from tracker.reminders.selectors import (
    Recipient,
    reminder_candidates,
    reminder_claimed_rows,
    reminder_digest_recipients_served,
    reminder_recipients,
)
from tracker.reminders.tokens import UnsubscribeTarget

logger = logging.getLogger(__name__)

QUEUED = Reminder.Status.QUEUED
SENDING = Reminder.Status.SENDING
PLAN_CHUNK = 2000
CLAIM_LIMIT = 20000
CLAIM_BATCH = 5000
STAGE = Reminder.Kind.STAGE
ESCALATION = Reminder.Kind.ESCALATION


@dataclass(frozen=True)
class Config:
    stages: tuple[int, ...]
    send_hour: int
    tz: ZoneInfo
    escalation_days: int

    @classmethod
    def from_settings(cls) -> Config:
        return cls(
            stages=policy.normalize_stages(settings.REMINDER_STAGES),
            send_hour=settings.REMINDER_SEND_HOUR,
            tz=ZoneInfo(settings.TIME_ZONE),
            escalation_days=settings.REMINDER_ESCALATION_DAYS,
        )


@dataclass(frozen=True)
class ClaimedDigest:
    claim: uuid.UUID
    recipient: str
    kind: str
    reminder_ids: tuple[int, ...]


@dataclass
class ScanResult:
    requeued: int = 0
    cancelled: int = 0
    planned: int = 0
    skipped: int = 0
    digests: list[ClaimedDigest] = field(default_factory=list)
    night: bool = False

    @property
    def claimed(self) -> int:
        return sum(len(d.reminder_ids) for d in self.digests)


# --- the scan -----------------------------------------------------------------------


def reminders_scan(*, now: dt.datetime | None = None, dispatch: bool = True) -> ScanResult:
    """Sweep, plan and claim; with `dispatch`, enqueue a send task per digest on commit."""
    now = now or timezone.now()
    result = ScanResult()
    result.night = policy.is_night(now, tz=Config.from_settings().tz)
    claim = uuid.uuid4()
    result.requeued, result.cancelled = reminders_sweep(now=now)
    # Rows planned by this scan are due by construction: unless it is night they are
    # born claimed, which spares an UPDATE of every new row on a busy morning.
    result.planned, result.skipped = reminders_plan(
        now=now, claim=None if result.night else claim
    )
    result.digests = reminders_claim(now=now, dispatch=dispatch, claim=claim)
    return result


def reminders_sweep(*, now: dt.datetime) -> tuple[int, int]:
    """Requeue rows stuck in `sending`; cancel queued rows that no longer apply."""
    cutoff = now - dt.timedelta(seconds=settings.REMINDER_SENDING_TIMEOUT)
    stuck = Reminder.objects.filter(status=SENDING, claimed_at__lt=cutoff)
    give_up = stuck.filter(attempts__gte=settings.REMINDER_MAX_ATTEMPTS).update(
        status=Reminder.Status.FAILED,
        claim=None,
        last_error="gave up: still sending after the sweeper timeout, attempts exhausted",
    )
    requeued = stuck.update(
        status=QUEUED,
        claim=None,
        scheduled_at=now,
        last_error="requeued by the sweeper: the worker did not finish sending",
    )
    if requeued or give_up:
        logger.warning("reminder sweeper: %d requeued, %d failed", requeued, give_up)
    queued = Reminder.objects.filter(status=QUEUED)
    cancelled = queued.exclude(directive__status__in=sorted(ACTIVE_STATUSES)).update(
        status=Reminder.Status.CANCELLED, last_error="the directive is no longer active"
    )
    cancelled += queued.exclude(deadline=F("directive__deadline")).update(
        status=Reminder.Status.CANCELLED, last_error="the deadline changed"
    )
    return requeued, cancelled


def reminders_plan(
    *,
    now: dt.datetime,
    directive_ids: list[int] | None = None,
    claim: uuid.UUID | None = None,
) -> tuple[int, int]:
    """Insert the rows that are due by `now` and not planned yet; skip superseded ones.

    With `claim`, new rows that may go out now are inserted already claimed by it
    (`sending`); the others (a digest reader already served today) are queued.
    Returns (rows inserted, rows skipped).
    """
    config = Config.from_settings()
    day = policy.last_send_day(now, send_hour=config.send_hour, tz=config.tz)
    horizon = day + dt.timedelta(days=max(config.stages, default=0))
    candidates = reminder_candidates(horizon=horizon, directive_ids=directive_ids)
    planned = skipped = 0
    for start in range(0, len(candidates), PLAN_CHUNK):
        chunk = candidates[start : start + PLAN_CHUNK]
        with transaction.atomic():
            inserted, superseded = _plan_chunk(chunk, now=now, config=config, claim=claim)
        planned += inserted
        skipped += superseded
    return planned, skipped


def _plan_chunk(
    chunk: list[tuple[int, dt.date]],
    *,
    now: dt.datetime,
    config: Config,
    claim: uuid.UUID | None,
) -> tuple[int, int]:
    deadlines = dict(chunk)
    day = policy.last_send_day(now, send_hour=config.send_hour, tz=config.tz)
    recipients = reminder_recipients(directive_ids=list(deadlines), default_stages=config.stages)
    # (directive, recipient, kind) -> (stage, due day, recipient)
    wanted: dict[tuple[int, str, str], tuple[int, dt.date, Recipient]] = {}
    for directive_id, people in recipients.items():
        deadline = deadlines[directive_id]
        escalation = None
        for person in people:
            due = policy.due_stage_on(
                deadline=deadline, day=day, stages=person.stages, overdue=person.overdue
            )
            if due is not None:
                wanted[(directive_id, person.email, STAGE)] = (due.stage, due.day, person)
            if person.supervises:
                escalation = escalation or policy.due_escalation(
                    deadline=deadline,
                    now=now,
                    escalation_days=config.escalation_days,
                    send_hour=config.send_hour,
                    tz=config.tz,
                )
                if escalation is not None:
                    wanted[(directive_id, person.email, ESCALATION)] = (
                        escalation.stage, escalation.day, person,
                    )
    if not wanted:
        return 0, 0
    # Rows of the current deadlines only (an old deadline's are the sweeper's), and of
    # those only the ones that matter now: the stages wanted, and anything still queued.
    # Past weeks' overdue rows pile up; reading them every scan would grow without end.
    stages_wanted = {stage for stage, _day, _person in wanted.values()}
    existing = list(
        Reminder.objects.filter(
            Q(stage__in=sorted(stages_wanted)) | Q(status=QUEUED),
            directive_id__in=list(recipients),
            deadline=F("directive__deadline"),
        )
        .order_by()
        .values_list("directive_id", "recipient", "kind", "stage", "id", "status")
    )
    present = {(d, r, k, s): (row_id, st) for d, r, k, s, row_id, st in existing}
    new_rows: list[Reminder] = []
    revived: list[int] = []
    send_times: dict[dt.date, dt.datetime] = {}
    for (directive_id, recipient, kind), (stage, day, person) in wanted.items():
        found = present.get((directive_id, recipient, kind, stage))
        if found is None:
            if day not in send_times:
                send_times[day] = policy.send_time(day, send_hour=config.send_hour, tz=config.tz)
            new_rows.append(
                Reminder(
                    directive_id=directive_id,
                    deadline=deadlines[directive_id],
                    kind=kind,
                    stage=stage,
                    recipient=recipient,
                    user_id=person.user_id,
                    body_id=person.body_id,
                    immediate=person.immediate,
                    scheduled_at=send_times[day],
                )
            )
        elif found[1] == Reminder.Status.CANCELLED:
            # Cancelled when the directive closed, the deadline moved or the person
            # unsubscribed; it applies again now (reopened, moved back, resubscribed).
            revived.append(found[0])
    if revived:
        Reminder.objects.filter(id__in=revived, status=Reminder.Status.CANCELLED).update(
            status=QUEUED, claim=None, last_error=""
        )
    if claim is not None and new_rows:
        served = reminder_digest_recipients_served(
            recipients={row.recipient for row in new_rows if not row.immediate},
            since=_digest_period_start(now, config),
            other_than=claim,
        )
        for row in new_rows:
            if row.immediate or row.recipient not in served:
                row.status, row.claim, row.claimed_at, row.attempts = SENDING, claim, now, 1
    _insert_ignoring_conflicts(new_rows)
    superseded = [
        row_id
        for d, r, k, s, row_id, status in existing
        if status == QUEUED and (d, r, k) in wanted and wanted[(d, r, k)][0] != s
    ]
    skipped = 0
    if superseded:
        skipped = Reminder.objects.filter(id__in=superseded, status=QUEUED).update(
            status=Reminder.Status.SKIPPED, last_error="superseded by a later stage"
        )
    return len(new_rows) + len(revived), skipped


_INSERT_COLUMNS = [
    ("directive_id", "bigint"), ("deadline", "date"), ("kind", "text"), ("stage", "integer"),
    ("recipient", "text"), ("user_id", "integer"), ("body_id", "bigint"),
    ("immediate", "boolean"), ("scheduled_at", "timestamptz"), ("status", "text"),
    ("claim", "uuid"), ("claimed_at", "timestamptz"), ("attempts", "smallint"),
]


def _insert_ignoring_conflicts(rows: list[Reminder]) -> None:
    """Insert new rows; a row that a racing scan inserted first is left alone (the unique
    constraint decides, and the loser simply has nothing to do).

    On PostgreSQL one INSERT ... SELECT FROM unnest(arrays) ON CONFLICT DO NOTHING per
    batch: the first scan of a busy day inserts tens of thousands of rows, and Django's
    per-value preparation in bulk_create cost more than the database did.
    """
    if not rows:
        return
    if connection.vendor != "postgresql":
        Reminder.objects.bulk_create(rows, ignore_conflicts=True, batch_size=1000)
        return
    names = ", ".join(name for name, _ in _INSERT_COLUMNS)
    arrays = ", ".join(f"%s::{kind}[]" for _, kind in _INSERT_COLUMNS)
    sql = (
        f"INSERT INTO {Reminder._meta.db_table} ({names}, last_error, created)"
        f" SELECT *, '', %s FROM unnest({arrays})"
        " ON CONFLICT DO NOTHING"
    )
    created = timezone.now()
    with connection.cursor() as cursor:
        for start in range(0, len(rows), 5000):
            batch = rows[start : start + 5000]
            columns = [[getattr(row, name) for row in batch] for name, _ in _INSERT_COLUMNS]
            cursor.execute(sql, [created, *columns])


def _digest_period_start(now: dt.datetime, config: Config) -> dt.datetime:
    day = policy.last_send_day(now, send_hour=config.send_hour, tz=config.tz)
    return policy.send_time(day, send_hour=config.send_hour, tz=config.tz)


def reminders_claim(
    *, now: dt.datetime, dispatch: bool = True, claim: uuid.UUID | None = None
) -> list[ClaimedDigest]:
    """Claim due queued rows and enqueue one send per recipient (and kind) on commit.

    All rows claimed by one scan share one claim id, set by one conditional UPDATE
    (... WHERE status='queued'); a send task holds (claim, recipient, kind). Nothing is
    claimed at night. A digest recipient gets at most one email per day: rows that fall
    due after today's digest went out wait for tomorrow's.
    """
    config = Config.from_settings()
    if policy.is_night(now, tz=config.tz):
        return []
    claim = claim or uuid.uuid4()
    with transaction.atomic():
        rows = list(
            Reminder.objects.select_for_update(skip_locked=True, of=("self",))
            .filter(
                status=QUEUED,
                scheduled_at__lte=now,
                directive__status__in=sorted(ACTIVE_STATUSES),
                directive__deadline=F("deadline"),
            )
            .order_by("scheduled_at", "id")
            .values_list("id", "recipient", "immediate")[:CLAIM_LIMIT]
        )
        served = reminder_digest_recipients_served(
            recipients={r for _, r, immediate in rows if not immediate},
            since=_digest_period_start(now, config),
            other_than=claim,
        )
        ids = [row_id for row_id, r, immediate in rows if immediate or r not in served]
        for start in range(0, len(ids), CLAIM_BATCH):
            Reminder.objects.filter(id__in=ids[start : start + CLAIM_BATCH], status=QUEUED).update(
                status=SENDING, claim=claim, claimed_at=now, attempts=F("attempts") + 1
            )
        # The groups: rows claimed just now, and rows this scan's plan inserted claimed.
        groups: dict[tuple[str, str], list[int]] = defaultdict(list)
        for row_id, recipient, kind in (
            Reminder.objects.filter(claim=claim, status=SENDING)
            .order_by("id")
            .values_list("id", "recipient", "kind")
        ):
            groups[(recipient, kind)].append(row_id)
        digests = [
            ClaimedDigest(claim, recipient, kind, tuple(group))
            for (recipient, kind), group in groups.items()
        ]
        if dispatch:
            for digest in digests:
                transaction.on_commit(
                    partial(_enqueue_send, claim, digest.recipient, digest.kind)
                )
    return digests


def _enqueue_send(claim: uuid.UUID, recipient: str, kind: str) -> None:
    from tracker.reminders.tasks import reminder_send_task

    reminder_send_task.delay(str(claim), recipient, kind)


# --- sending ------------------------------------------------------------------------


class SendOutcome:
    SENT = "sent"
    STALE = "stale"
    RETRY = "retry"
    FAILED = "failed"
    CANCELLED = "cancelled"


def _smtp_failure(exc: Exception) -> tuple[int | None, str]:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        code, reply = next(iter(exc.recipients.values()), (None, b""))
        return code, f"{code} {reply!r}"
    if isinstance(exc, smtplib.SMTPResponseException):
        error = exc.smtp_error
        text = error.decode("utf-8", "replace") if isinstance(error, bytes) else str(error)
        return exc.smtp_code, f"{exc.smtp_code} {text}"
    return None, f"{type(exc).__name__}: {exc}"


def reminder_digest_send(
    *,
    claim: uuid.UUID,
    recipient: str,
    kind: str = STAGE,
    now: dt.datetime | None = None,
    connection=None,
) -> str:
    """Send the digest that `claim` holds for `recipient`; record the outcome on its rows."""
    now = now or timezone.now()
    rows = list(reminder_claimed_rows(claim=claim, recipient=recipient, kind=kind))
    if not rows:
        return SendOutcome.STALE  # sent already, or swept and claimed again
    # Re-check what may have changed since the claim: a closed directive, a moved
    # deadline, an unsubscribe.
    keep = [
        row
        for row in rows
        if row.directive.status in ACTIVE_STATUSES and row.directive.deadline == row.deadline
    ]
    if keep and not _still_wanted(keep[0]):
        keep = []
    dropped = [row.pk for row in rows if row not in keep]
    if dropped:
        Reminder.objects.filter(id__in=dropped, claim=claim, status=SENDING).update(
            status=Reminder.Status.CANCELLED, last_error="no longer applies at send time"
        )
    if not keep:
        return SendOutcome.CANCELLED
    holding = Reminder.objects.filter(
        id__in=[row.pk for row in keep], claim=claim, status=SENDING
    )
    message = digest_message(keep, now=now, connection=connection)
    try:
        if connection is None:
            message.connection = get_connection(timeout=settings.EMAIL_TIMEOUT)
        message.send(fail_silently=False)
    except (smtplib.SMTPException, OSError) as exc:
        code, error = _smtp_failure(exc)
        attempts = max(row.attempts for row in keep)
        if policy.is_transient_smtp_code(code) and attempts < settings.REMINDER_MAX_ATTEMPTS:
            delay = policy.retry_delay(attempts, base_seconds=settings.REMINDER_RETRY_SECONDS)
            holding.update(
                status=QUEUED, claim=None, scheduled_at=now + delay, last_error=error[:2000]
            )
            logger.warning("reminder to %s: %s; retry in %s", keep[0].recipient, error, delay)
            return SendOutcome.RETRY
        holding.update(status=Reminder.Status.FAILED, last_error=error[:2000])
        logger.error("reminder to %s failed: %s", keep[0].recipient, error)
        return SendOutcome.FAILED
    holding.update(status=Reminder.Status.SENT, sent_at=timezone.now(), last_error="")
    return SendOutcome.SENT


def _still_wanted(row: Reminder) -> bool:
    if row.user_id is not None:
        return not ReminderPreference.objects.filter(user_id=row.user_id, enabled=False).exists()
    return not ContactOptOut.objects.filter(body_id=row.body_id, email=row.recipient).exists()


# --- changes from elsewhere -----------------------------------------------------------


def reminders_reschedule(*, directive_id: int, now: dt.datetime | None = None) -> None:
    """After a directive's deadline or status changed: cancel queued rows that no longer
    apply and plan the ones that do (directives.services calls this on commit)."""
    now = now or timezone.now()
    with transaction.atomic():
        directive = Directive.objects.filter(pk=directive_id).values("status", "deadline").first()
        queued = Reminder.objects.filter(directive_id=directive_id, status=QUEUED)
        if directive is None or directive["status"] not in ACTIVE_STATUSES:
            queued.update(
                status=Reminder.Status.CANCELLED, last_error="the directive is no longer active"
            )
            return
        queued.exclude(deadline=directive["deadline"]).update(
            status=Reminder.Status.CANCELLED, last_error="the deadline changed"
        )
    if directive["deadline"] is not None:
        reminders_plan(now=now, directive_ids=[directive_id])


def reminders_retry_failed(*, reminder_ids: list[int], now: dt.datetime | None = None) -> int:
    """Admin action: queue failed rows again, with a fresh count of attempts."""
    return Reminder.objects.filter(id__in=reminder_ids, status=Reminder.Status.FAILED).update(
        status=QUEUED, claim=None, attempts=0, scheduled_at=now or timezone.now()
    )


@transaction.atomic
def reminders_unsubscribe(*, target: UnsubscribeTarget) -> str:
    """Turn off what a signed unsubscribe link names; returns a sentence saying what."""
    if target.user_id is not None:
        preference, _ = ReminderPreference.objects.get_or_create(user_id=target.user_id)
        if preference.enabled:
            preference.enabled = False
            preference.save(update_fields=["enabled", "updated"])
        Reminder.objects.filter(user_id=target.user_id, status=QUEUED).update(
            status=Reminder.Status.CANCELLED, last_error="unsubscribed"
        )
        return "You will receive no more deadline reminders."
    body = Body.objects.filter(pk=target.body_id).first()
    if body is None:
        return "This address receives no reminders."
    ContactOptOut.objects.get_or_create(body=body, email=target.email)
    Reminder.objects.filter(
        body=body, user__isnull=True, recipient=target.email, status=QUEUED
    ).update(status=Reminder.Status.CANCELLED, last_error="unsubscribed")
    return f"{target.email} will receive no more reminders about {body.name}."


@transaction.atomic
def reminder_preference_update(
    *,
    user: AbstractBaseUser,
    enabled: bool,
    delivery: str,
    stages: list[int],
    overdue: bool,
) -> ReminderPreference:
    allowed = set(settings.REMINDER_STAGES)
    if delivery not in Delivery.values:
        raise ValidationError({"delivery": "Unknown delivery."})
    if not set(stages) <= allowed:
        raise ValidationError({"stages": "Choose among the offered stages."})
    preference, _ = ReminderPreference.objects.get_or_create(user=user)
    preference.enabled = enabled
    preference.delivery = delivery
    preference.stages = list(policy.normalize_stages(stages))
    preference.overdue = overdue
    preference.save()
    return preference


def subscription_create(
    *,
    user: AbstractBaseUser,
    body: Body | None = None,
    directive: Directive | None = None,
    body_role: str = Subscription.BodyRole.ANY,
) -> Subscription:
    if (body is None) == (directive is None):
        raise ValidationError("Follow either a body or a directive.")
    subscription, created = Subscription.objects.get_or_create(
        user=user, body=body, directive=directive, defaults={"body_role": body_role}
    )
    if not created and subscription.body_role != body_role:
        subscription.body_role = body_role
        subscription.save(update_fields=["body_role"])
    return subscription


def subscription_delete(*, user: AbstractBaseUser, subscription_id: int) -> bool:
    deleted, _ = Subscription.objects.filter(user=user, pk=subscription_id).delete()
    return bool(deleted)
