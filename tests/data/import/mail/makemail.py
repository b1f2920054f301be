# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the e-mails tst_mailoffice imports, with Python's own email package (a real producer).

usage: makemail.py OUTDIR ATTACHMENT.pdf [BIG_MBOX_COUNT]
"""
import mailbox
import sys
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import datetime, timezone, timedelta
from pathlib import Path

out = Path(sys.argv[1])
pdf = Path(sys.argv[2]).read_bytes()
big = int(sys.argv[3]) if len(sys.argv) > 3 else 0
paris = timezone(timedelta(hours=1))


def first():
    m = EmailMessage()
    m["Subject"] = "Réunion de la commission de déontologie"
    m["From"] = "Élodie Marchand <elodie.marchand@example.org>"
    m["To"] = "Jean Dupont <jean.dupont@example.fr>"
    m["Cc"] = "Zoé Lefèvre <zoe.lefevre@example.net>"
    m["Date"] = format_datetime(datetime(2024, 3, 12, 9, 30, tzinfo=paris))
    m["Message-ID"] = "<reunion-1@example.org>"
    m.set_content("Bonjour Jean,\n\nVoici le procès-verbal de la séance. La commission a rendu un avis "
                  "réservé sur le départ du directeur.\n\nÉlodie\n", cte="quoted-printable")
    m.add_alternative("<html><body><p>Bonjour Jean,</p><p>Voici le <b>procès-verbal</b>.</p></body></html>",
                      subtype="html")
    m.add_attachment(pdf, maintype="application", subtype="pdf", filename="Procès-verbal séance été.pdf")
    return m


def reply():
    m = EmailMessage()
    m["Subject"] = "Re: Réunion de la commission de déontologie"
    m["From"] = "Jean Dupont <jean.dupont@example.fr>"
    m["To"] = "Élodie Marchand <elodie.marchand@example.org>"
    m["Date"] = format_datetime(datetime(2024, 3, 12, 11, 5, tzinfo=paris))
    m["Message-ID"] = "<reunion-2@example.fr>"
    m["In-Reply-To"] = "<reunion-1@example.org>"
    m["References"] = "<reunion-1@example.org>"
    m.set_content("Merci Élodie, je transmets l'avis au cabinet.\n", cte="base64")
    return m


def other(i):
    m = EmailMessage()
    m["Subject"] = f"Note {i} sur les cadeaux reçus"
    m["From"] = "Paul Girard <paul.girard@example.com>"
    m["To"] = "Jean Dupont <jean.dupont@example.fr>"
    m["Date"] = format_datetime(datetime(2024, 4, 1, 8, 0, tzinfo=paris) + timedelta(minutes=i))
    m["Message-ID"] = f"<note-{i}@example.com>"
    m.set_content(f"Registre des cadeaux, entrée {i}.\n")
    return m


(out / "reunion.eml").write_bytes(bytes(first()))
(out / "reponse.eml").write_bytes(bytes(reply()))

box = mailbox.mbox(str(out / "boite.mbox"))
box.add(first())
box.add(reply())
box.add(other(1))
box.flush()
box.close()

# A multipart whose boundary never appears in its body.
broken = ("From: Élodie Marchand <elodie.marchand@example.org>\r\n"
          "To: jean.dupont@example.fr\r\nSubject: broken\r\nMessage-ID: <broken@example.org>\r\n"
          "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"annonce\"\r\n\r\n"
          "--autre\r\nContent-Type: text/plain\r\n\r\nTexte\r\n--autre--\r\n")
(out / "casse.eml").write_bytes(broken.encode("utf-8"))

if big:
    box = mailbox.mbox(str(out / "grande.mbox"))
    for i in range(big):
        box.add(other(i))
    box.flush()
    box.close()
