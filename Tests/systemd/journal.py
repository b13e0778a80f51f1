#!/usr/bin/env python3
"""Reads `journalctl -o json` on stdin and answers one question for run.sh.

  journal.py structured           careerd's own entries carry CODE_FILE, PRIORITY,
                                  SYSLOG_IDENTIFIER=careerd and a metadata field
  journal.py reload-order         the last reload: RELOADING=1, then READY=1 from the
                                  daemon, then systemd's "Reloaded" (the job's end)
  journal.py stopping             the daemon sent STOPPING=1
  journal.py watchdog             systemd reported a watchdog timeout
  journal.py mentions TEXT        some careerd entry has TEXT in a field value
  journal.py model-origins        where each start's intent model came from, in order
Prints a short explanation; exits 0 when the answer is yes.
"""
import json
import sys

STANDARD = {"MESSAGE", "PRIORITY", "CODE_FILE", "CODE_LINE", "CODE_FUNC", "SYSLOG_IDENTIFIER",
            "SYSLOG_FACILITY", "SYSLOG_PID", "SYSLOG_TIMESTAMP", "LOGGER_LABEL", "LOGGER_SOURCE",
            "ERROR", "MESSAGE_ID", "TID", "INVOCATION_ID", "ERRNO"}


def entries():
    for line in sys.stdin:
        line = line.strip()
        if line:
            try:
                yield json.loads(line)
            except ValueError:
                pass


def text(entry, key):
    value = entry.get(key)
    if isinstance(value, list):  # binary fields come as byte lists
        try:
            return bytes(value).decode("utf-8", "replace")
        except (TypeError, ValueError):
            return ""
    return value if isinstance(value, str) else ""


def from_daemon(entry):
    return entry.get("_PID") != "1" and text(entry, "SYSLOG_IDENTIFIER") == "careerd"


def structured(_):
    own = [e for e in entries() if from_daemon(e) and e.get("_TRANSPORT") == "journal"]
    if not own:
        print("no entries with _TRANSPORT=journal and SYSLOG_IDENTIFIER=careerd (logging went to stderr?)")
        return 1
    complete = [e for e in own if "CODE_FILE" in e and "PRIORITY" in e]
    if not complete:
        print("entries lack CODE_FILE or PRIORITY")
        return 1
    for entry in complete:
        extra = sorted(k for k in entry if not k.startswith("_") and k not in STANDARD)
        if extra:
            print("%d structured entries; metadata fields e.g. %s" % (len(complete), ", ".join(extra[:4])))
            return 0
    print("%d structured entries, none with a metadata field" % len(complete))
    return 1


def notifications(entry):
    message = text(entry, "MESSAGE")
    if entry.get("_PID") == "1" and "Got notification message from PID" in message:
        return message
    return ""


def reload_order(_):
    state, seen = "start", []
    for entry in entries():
        message, note = text(entry, "MESSAGE"), notifications(entry)
        if entry.get("_PID") == "1" and message.startswith("Reloading "):
            state, seen = "reloading", ["Reloading"]
        elif state == "reloading" and "RELOADING=1" in note:
            state = "notified"; seen.append("RELOADING=1")
        elif state == "notified" and "READY=1" in note:
            state = "ready"; seen.append("READY=1")
        elif entry.get("_PID") == "1" and message.startswith("Reloaded "):
            seen.append("Reloaded")
            if state == "ready":
                print("order: " + " -> ".join(seen))
                return 0
            state = "done"
    print("reload sequence seen: %s (want Reloading -> RELOADING=1 -> READY=1 -> Reloaded)" % " -> ".join(seen))
    return 1


def model_origins(_):
    """Where each start's intent model came from ("trained, stored", "cache"), in order."""
    origins = [text(e, "FROM") for e in entries() if from_daemon(e) and text(e, "MESSAGE") == "intent model ready"]
    print(" ".join(o.replace(", ", "+") for o in origins))
    return 0 if origins else 1


def stopping(_):
    for entry in entries():
        if "STOPPING=1" in notifications(entry):
            print(notifications(entry))
            return 0
    print("no STOPPING=1 notification from the daemon")
    return 1


def watchdog(_):
    for entry in entries():
        if entry.get("_PID") == "1" and "Watchdog timeout" in text(entry, "MESSAGE"):
            print(text(entry, "MESSAGE"))
            return 0
    print("no 'Watchdog timeout' message from systemd")
    return 1


def mentions(args):
    needle = args[0]
    for entry in entries():
        if from_daemon(entry):
            for key in entry:
                if not key.startswith("_") and needle in text(entry, key):
                    print("%s=%s" % (key, text(entry, key)[:120]))
                    return 0
    print("no careerd entry mentions %s" % needle)
    return 1


QUESTIONS = {"structured": structured, "reload-order": reload_order, "stopping": stopping,
             "watchdog": watchdog, "mentions": mentions,
             "model-origins": model_origins}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in QUESTIONS:
        sys.stderr.write(__doc__)
        sys.exit(2)
    sys.exit(QUESTIONS[sys.argv[1]](sys.argv[2:]))
