<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApiError</name>
    <message>
        <location filename="../models/apiclient.cpp" line="+23"/>
        <source>no certificate</source>
        <translation>kein Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject %1; issuer %2; valid %3 to %4; SHA-256 %5</source>
        <translation>Antragsteller %1; Aussteller %2; gültig von %3 bis %4; SHA-256 %5</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server did not answer within %1 s.</source>
        <translation>Der Server hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing answers at %1. Is the server running?</source>
        <translation>Unter %1 antwortet nichts. Läuft der Server?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server name %1 could not be found. Check the address and your network.</source>
        <translation>Der Servername %1 wurde nicht gefunden. Überprüfen Sie die Adresse und Ihr Netzwerk.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The connection to %1 broke before the answer was complete.</source>
        <translation>Die Verbindung zu %1 wurde unterbrochen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 did not answer in HTTP.</source>
        <translation>%1 hat nicht per HTTP geantwortet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network failed: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <location line="+112"/>
        <location line="+42"/>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The server&apos;s answer was not valid JSON (%1).</source>
        <translation>Die Antwort des Servers war kein gültiges JSON (%1).</translation>
    </message>
    <message>
        <location filename="../models/apierror.cpp" line="+51"/>
        <source>The server could not read the request: %1</source>
        <translation>Der Server konnte die Anforderung nicht lesen: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>it was malformed</source>
        <translation>sie war fehlerhaft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are signed out. Sign in again to continue.</source>
        <translation>Sie sind abgemeldet. Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your role may not do this.</source>
        <translation>Ihre Rolle darf diese Aktion nicht ausführen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It no longer exists on the server.</source>
        <translation>Es ist auf dem Server nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This conflicts with the current state on the server.</source>
        <translation>Dies steht im Konflikt mit dem aktuellen Zustand auf dem Server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server no longer has these changes; a full reload is needed.</source>
        <translation>Der Server hat diese Änderungen nicht mehr; die Daten müssen vollständig neu geladen werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone changed this since you opened it. Reload it, or review the differences, before saving.</source>
        <translation>Jemand hat dies geändert, seit Sie es geöffnet haben. Laden Sie es neu, oder prüfen Sie die Unterschiede, bevor Sie speichern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request is larger than the server accepts (1 MiB).</source>
        <translation>Die Anforderung ist größer, als der Server annimmt (1 MiB).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused the values.</source>
        <translation>Der Server hat die Werte abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 fields need attention.</source>
        <translation>%1 Felder müssen überprüft werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server needs the version you edited; reload and try again.</source>
        <translation>Der Server benötigt die Version, die Sie bearbeitet haben. Laden Sie neu, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too many attempts. Try again in %1 s.</source>
        <translation>Zu viele Versuche. Versuchen Sie es in %1 s erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many attempts. Try again later.</source>
        <translation>Zu viele Versuche. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server failed (HTTP %1). Try again; if it persists, check the server&apos;s log.</source>
        <translation>Serverfehler (HTTP %1). Versuchen Sie es erneut; falls der Fehler weiterhin auftritt, prüfen Sie das Protokoll des Servers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server answered with an unexpected HTTP %1.</source>
        <translation>Der Server hat mit einem unerwarteten HTTP-Status %1 geantwortet.</translation>
    </message>
</context>
<context>
    <name>ByosUrl</name>
    <message>
        <location filename="../validators/byosurl.cpp" line="+70"/>
        <source>Paste the container&apos;s URL with its SAS</source>
        <translation>Fügen Sie die URL des Containers mit seiner SAS ein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Must be a URL such as https://ACCOUNT.blob.core.windows.net/CONTAINER?sv=…</source>
        <translation>Muss eine URL wie https://ACCOUNT.blob.core.windows.net/CONTAINER?sv=… sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Must use https (plain http only for an emulator on this machine)</source>
        <translation>Muss https verwenden (einfaches http nur für einen Emulator auf diesem Computer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takes no user name or fragment</source>
        <translation>Darf keinen Benutzernamen und kein Fragment enthalten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Must name the account and one container: http://HOST:PORT/ACCOUNT/CONTAINER?…</source>
        <translation>Muss das Konto und genau einen Container angeben: http://HOST:PORT/ACCOUNT/CONTAINER?…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Must name one container, not a blob or the account: https://ACCOUNT.blob.core.windows.net/CONTAINER?…</source>
        <translation>Muss genau einen Container angeben, kein Blob und nicht das Konto: https://ACCOUNT.blob.core.windows.net/CONTAINER?…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a container name: 3 to 63 lower-case letters, digits and single hyphens</source>
        <translation>„%1“ ist kein Containername: 3 bis 63 Kleinbuchstaben, Ziffern und einzelne Bindestriche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Has no SAS: paste the whole URL the customer&apos;s storage gives, with its query (?sv=…) and the signature</source>
        <translation>Enthält keine SAS: Fügen Sie die vollständige URL ein, die der Speicher des Kunden ausgibt, mit Abfrage (?sv=…) und Signatur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The SAS expiry se=%1 is not a date</source>
        <translation>Das SAS-Ablaufdatum se=%1 ist kein Datum</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The SAS expired on %1; ask the customer for a new one</source>
        <translation>Die SAS ist am %1 abgelaufen; bitten Sie den Kunden um eine neue</translation>
    </message>
</context>
<context>
    <name>DiscardPrompt</name>
    <message>
        <location filename="../forms/discardprompt.cpp" line="+13"/>
        <source>Discard your changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your changes to %1 are not saved.</source>
        <translation>Ihre Änderungen an %1 sind nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Discard my changes</source>
        <translation>Meine Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>DomainJson</name>
    <message>
        <location filename="../validators/domainjson.cpp" line="+142"/>
        <source>&apos;%1&apos; is not a service type; the only type is %2</source>
        <translation>„%1“ ist kein Diensttyp; der einzige Typ ist %2</translation>
    </message>
    <message>
        <location filename="../validators/jsonobjectreader.h" line="+40"/>
        <location line="+62"/>
        <source>must be a string</source>
        <translation>muss eine Zeichenfolge sein</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>must be a list of strings</source>
        <translation>muss eine Liste von Zeichenfolgen sein</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>is not a member of this object</source>
        <translation>ist kein Element dieses Objekts</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&apos;%1&apos; is not one of the allowed values</source>
        <translation>„%1“ ist keiner der zulässigen Werte</translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <location filename="../validators/fieldrules.cpp" line="+45"/>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a tab</source>
        <translation>ein Tabulator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a line break</source>
        <translation>ein Zeilenumbruch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a no-break space</source>
        <translation>ein geschütztes Leerzeichen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 of at most %2 characters</source>
        <translation>%1 Zeichen, zulässig sind höchstens %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+103"/>
        <source>The text contains a broken character</source>
        <translation>Der Text enthält ein beschädigtes Zeichen</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+101"/>
        <source>White space is not allowed (%1)</source>
        <translation>Leerraum ist nicht zulässig (%1)</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+101"/>
        <source>Control characters are not allowed (%1)</source>
        <translation>Steuerzeichen sind nicht zulässig (%1)</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>&apos;%1&apos; is not allowed</source>
        <translation>„%1“ ist nicht zulässig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A full stop (.) is not allowed</source>
        <translation>Ein Punkt (.) ist nicht zulässig</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A hyphen cannot be the first character</source>
        <translation>Ein Bindestrich darf nicht das erste Zeichen sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hyphens cannot follow one another</source>
        <translation>Bindestriche dürfen nicht aufeinanderfolgen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A hyphen cannot be the last character</source>
        <translation>Ein Bindestrich darf nicht das letzte Zeichen sein</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&apos;%1&apos; is not allowed in a domain name (use letters a-z, digits, hyphens and full stops; write international names in their xn-- form)</source>
        <translation>„%1“ ist in einem Domänennamen nicht zulässig (verwenden Sie die Buchstaben a-z, Ziffern, Bindestriche und Punkte; schreiben Sie internationale Namen in ihrer xn--Form)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A domain cannot end with a full stop</source>
        <translation>Eine Domäne darf nicht mit einem Punkt enden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A domain cannot have an empty label (a full stop at the start, or two in a row)</source>
        <translation>Eine Domäne darf keine leere Bezeichnung haben (ein Punkt am Anfang oder zwei Punkte hintereinander)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The label &apos;%1…&apos; is %2 of at most %3 characters</source>
        <translation>Die Bezeichnung „%1…“ hat %2 Zeichen, zulässig sind höchstens %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A label of a domain cannot start with a hyphen</source>
        <translation>Eine Bezeichnung einer Domäne darf nicht mit einem Bindestrich beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A label of a domain cannot end with a hyphen</source>
        <translation>Eine Bezeichnung einer Domäne darf nicht mit einem Bindestrich enden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A domain needs at least two labels, such as contoso.onmicrosoft.com</source>
        <translation>Eine Domäne benötigt mindestens zwei Bezeichnungen, z. B. contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>.%1 is reserved for examples and tests; use the tenant&apos;s real domain</source>
        <translation>.%1 ist für Beispiele und Tests reserviert; verwenden Sie die echte Domäne des Mandanten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is reserved for examples; use the tenant&apos;s real domain</source>
        <translation>%1 ist für Beispiele reserviert; verwenden Sie die echte Domäne des Mandanten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A UPN joins the user name and the domain with &apos;@&apos;, as in someone@contoso.com</source>
        <translation>Ein UPN verbindet Benutzername und Domäne mit „@“, wie in someone@contoso.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+49"/>
        <source>Only one &apos;@&apos; is allowed</source>
        <translation>Nur ein „@“ ist zulässig</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>The user name before &apos;@&apos; is missing</source>
        <translation>Der Benutzername vor „@“ fehlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user name before &apos;@&apos; is %1 of at most %2 characters</source>
        <translation>Der Benutzername vor „@“ hat %1 Zeichen, zulässig sind höchstens %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not allowed before &apos;@&apos; (use letters A-Z, digits and &apos; . - _ ! # ^ ~)</source>
        <translation>„%1“ ist vor „@“ nicht zulässig (verwenden Sie die Buchstaben A-Z, Ziffern und &apos; . - _ ! # ^ ~)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The user name before &apos;@&apos; cannot end with a full stop</source>
        <translation>Der Benutzername vor „@“ darf nicht mit einem Punkt enden</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+48"/>
        <source>Enter the domain after &apos;@&apos;</source>
        <translation>Geben Sie die Domäne nach „@“ ein</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+48"/>
        <source>After &apos;@&apos;: %1</source>
        <translation>Nach „@“: %1</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>An email address needs an &apos;@&apos;, as in someone@contoso.com</source>
        <translation>Eine E-Mail-Adresse benötigt ein „@“, wie in someone@contoso.com</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The part before &apos;@&apos; is missing</source>
        <translation>Der Teil vor „@“ fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The part before &apos;@&apos; is %1 of at most %2 characters</source>
        <translation>Der Teil vor „@“ hat %1 Zeichen, zulässig sind höchstens %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not allowed before &apos;@&apos;</source>
        <translation>„%1“ ist vor „@“ nicht zulässig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The part before &apos;@&apos; cannot start or end with a full stop, or have two in a row</source>
        <translation>Der Teil vor „@“ darf nicht mit einem Punkt beginnen oder enden und keine zwei Punkte hintereinander enthalten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>At least %1 user is required</source>
        <translation>Mindestens %1 Benutzer ist erforderlich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of at most %2 users</source>
        <translation>%1 Benutzer, zulässig sind höchstens %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot start with white space</source>
        <translation>Darf nicht mit Leerraum beginnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot end with white space</source>
        <translation>Darf nicht mit Leerraum enden</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose admin, operator or monitor</source>
        <translation>Wählen Sie admin, operator oder monitor</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;%1&apos; is not allowed in a user name (use letters A-Z, digits and . _ - @)</source>
        <translation>„%1“ ist in einem Benutzernamen nicht zulässig (verwenden Sie die Buchstaben A-Z, Ziffern und . _ - @)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 of at least %2 characters</source>
        <translation>%1 Zeichen, erforderlich sind mindestens %2</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <location filename="../validators/lifecycle.cpp" line="+280"/>
        <source>%1 of %2 licences in use: %3 over the included users</source>
        <translation>%1 von %2 Lizenzen in Verwendung: %3 über der Anzahl enthaltener Benutzer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 licences in use (%3 %)</source>
        <translation>%1 von %2 Lizenzen in Verwendung (%3 %)</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>%1 (+%2 more)</source>
        <translation>%1 (+%2 weitere)</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>the chosen location</source>
        <translation>dem gewählten Speicherort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Validate the settings</source>
        <translation>Einstellungen überprüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create the primary storage in %1</source>
        <translation>Primären Speicher in %1 erstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create the replica in the paired region (Pro only)</source>
        <translation>Replikat in der gekoppelten Region erstellen (nur Pro)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Create the replica in the paired region</source>
        <translation>Replikat in der gekoppelten Region erstellen</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Create the replica in the paired region, %1</source>
        <translation>Replikat in der gekoppelten Region erstellen, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the replica in the paired region</source>
        <translation>Replikat in der gekoppelten Region beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the replica in the paired region, %1</source>
        <translation>Replikat in der gekoppelten Region beenden, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register the recording bot and its paired bot</source>
        <translation>Aufzeichnungsbot und gekoppelten Bot registrieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register the recording bot</source>
        <translation>Aufzeichnungsbot registrieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register the paired bot</source>
        <translation>Gekoppelten Bot registrieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unregister the paired bot</source>
        <translation>Registrierung des gekoppelten Bots aufheben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue the Quick Start link</source>
        <translation>Quick Start-Link ausstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the customer for the Redundant Recording Calls consent</source>
        <translation>Kunden um die Zustimmung „Redundant Recording Calls“ bitten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the consents the customer must grant</source>
        <translation>Zustimmungen aktualisieren, die der Kunde erteilen muss</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unregister the recording bot and its paired bot</source>
        <translation>Registrierung von Aufzeichnungsbot und gekoppeltem Bot aufheben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unregister the recording bot</source>
        <translation>Registrierung des Aufzeichnungsbots aufheben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Detach the service from its storage in %1 and the replica in %2</source>
        <translation>Dienst von seinem Speicher in %1 und dem Replikat in %2 trennen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detach the service from its storage in %1</source>
        <translation>Dienst von seinem Speicher in %1 trennen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the recordings&apos; containers in %1 and %2</source>
        <translation>Container der Aufzeichnungen in %1 und %2 löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the recordings&apos; container in %1</source>
        <translation>Container der Aufzeichnungen in %1 löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke the Quick Start link</source>
        <translation>Quick Start-Link widerrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop recording: unregister the recording bot and its paired bot</source>
        <translation>Aufzeichnung beenden: Registrierung von Aufzeichnungsbot und gekoppeltem Bot aufheben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop recording: unregister the recording bot</source>
        <translation>Aufzeichnung beenden: Registrierung des Aufzeichnungsbots aufheben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume recording: register the recording bot and its paired bot</source>
        <translation>Aufzeichnung fortsetzen: Aufzeichnungsbot und gekoppelten Bot registrieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume recording: register the recording bot</source>
        <translation>Aufzeichnung fortsetzen: Aufzeichnungsbot registrieren</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Customer must complete the consent process in the Quick Start wizard (missing: %1)</source>
        <translation>Der Kunde muss den Zustimmungsprozess im Quick Start-Assistenten abschließen (fehlend: %1)</translation>
    </message>
    <message>
        <location filename="../validators/lifecycletransitions.cpp" line="+55"/>
        <source>the service is suspended already</source>
        <translation>der Dienst ist bereits ausgesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wait until the deploy ends</source>
        <translation>warten Sie, bis die Bereitstellung abgeschlossen ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the deploy failed: retry it or offboard the service</source>
        <translation>die Bereitstellung ist fehlgeschlagen: Versuchen Sie es erneut, oder führen Sie das Offboarding des Dienstes durch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the service is offboarded</source>
        <translation>für den Dienst wurde das Offboarding durchgeführt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the service is not suspended</source>
        <translation>der Dienst ist nicht ausgesetzt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the reason: it is shown with the service</source>
        <translation>Geben Sie den Grund an: Er wird beim Dienst angezeigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most %1 characters (this is %2)</source>
        <translation>Höchstens %1 Zeichen (dies sind %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type the short name %1 to confirm</source>
        <translation>Geben Sie zur Bestätigung den Kurznamen %1 ein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does not match the short name %1</source>
        <translation>Stimmt nicht mit dem Kurznamen %1 überein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Suspended by %1 on %2 UTC: %3</source>
        <translation>Ausgesetzt von %1 am %2 UTC: %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/helpdialogs.cpp" line="+10"/>
        <source>Ctrl+1 … Ctrl+4</source>
        <translation>Strg+1 … Strg+4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customers, Services, Audit trail, Console users (admins)</source>
        <translation>Kunden, Dienste, Überwachungsprotokoll, Konsolenbenutzer (Admins)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F</source>
        <translation>Strg+F</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+N</source>
        <translation>Strg+N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an Interaction Recording service</source>
        <translation>Einen Interaction Recording-Dienst hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Strg+E</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected customer&apos;s service</source>
        <translation>Dienst des ausgewählten Kunden bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter, double-click</source>
        <translation>Eingabetaste, Doppelklick</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the selected row&apos;s service</source>
        <translation>Dienst der ausgewählten Zeile öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+F10, Menu key</source>
        <translation>Umschalt+F10, Menütaste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The selected row&apos;s actions</source>
        <translation>Aktionen der ausgewählten Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+letter</source>
        <translation>Alt+Buchstabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The field or button with that underlined letter</source>
        <translation>Das Feld oder die Schaltfläche mit diesem unterstrichenen Buchstaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Strg+Q</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About Interaction Insights Console</source>
        <translation>Info zu Interaction Insights Console</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Interaction Insights Console %1&lt;/h3&gt;&lt;p&gt;Onboards Microsoft 365 tenants onto Interaction Recording.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Backend:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Qt:&lt;/b&gt; %3 (built with %4)&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence:&lt;/b&gt; proprietary, © 2026 the Interaction Insights team. Qt is used under the GNU LGPL version 3; QtKeychain under the BSD licence; libsodium under the ISC licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Interaction Insights Console %1&lt;/h3&gt;&lt;p&gt;Führt das Onboarding von Microsoft 365-Mandanten bei Interaction Recording durch.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Backend:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Qt:&lt;/b&gt; %3 (erstellt mit %4)&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lizenz:&lt;/b&gt; proprietär, © 2026 das Interaction Insights-Team. Qt wird unter der GNU LGPL Version 3 verwendet, QtKeychain unter der BSD-Lizenz, libsodium unter der ISC-Lizenz.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../server/api.cpp" line="+49"/>
        <source>It changed meanwhile: read it again, then retry</source>
        <translation>Inzwischen geändert: Lesen Sie es erneut, und versuchen Sie es dann noch einmal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It exists already</source>
        <translation>Es ist bereits vorhanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../server/serviceroutes.cpp" line="+100"/>
        <source>Names must be unique</source>
        <translation>Namen müssen eindeutig sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is already used (taken a moment ago)</source>
        <translation>wird bereits verwendet (soeben vergeben)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database is unavailable; try again in a moment</source>
        <translation>Die Datenbank ist nicht verfügbar; versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <location filename="../server/apiguard.cpp" line="+110"/>
        <source>Sign in again: %1</source>
        <translation>Melden Sie sich erneut an: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The %1 role may not do this</source>
        <translation>Die Rolle „%1“ darf diese Aktion nicht ausführen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Idempotency-Key must have 1 to 255 characters</source>
        <translation>Idempotency-Key muss 1 bis 255 Zeichen lang sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This Idempotency-Key was used with another body</source>
        <translation>Dieser Idempotency-Key wurde mit einem anderen Anforderungstext verwendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already used with a different body</source>
        <translation>bereits mit anderem Anforderungstext verwendet</translation>
    </message>
    <message>
        <location filename="../server/authroutes.cpp" line="+88"/>
        <source>Too many sign-ins at once; try again in a moment</source>
        <translation>Zu viele gleichzeitige Anmeldungen; versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many failed sign-ins; try again in %1 s</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen; versuchen Sie es in %1 s erneut</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Wrong user name or password</source>
        <translation>Falscher Benutzername oder falsches Kennwort</translation>
    </message>
    <message>
        <location filename="../server/byosroutes.cpp" line="+52"/>
        <source>Bring your own storage is off for %1; turn it on in the service first</source>
        <translation>Eigener Speicher ist für %1 deaktiviert; aktivieren Sie ihn zuerst im Dienst</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The name needs 1 to 64 characters</source>
        <translation>Der Name muss 1 bis 64 Zeichen lang sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs 1 to %1 characters</source>
        <translation>1 bis %1 Zeichen erforderlich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service has a location “%1”</source>
        <translation>Der Dienst hat bereits einen Speicherort „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another location of this service has this name</source>
        <translation>ein anderer Speicherort dieses Dienstes hat diesen Namen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Bring your own storage was turned off meanwhile</source>
        <translation>Eigener Speicher wurde inzwischen deaktiviert</translation>
    </message>
    <message>
        <location filename="../server/customerroutes.cpp" line="+70"/>
        <source>Give name, domain or shortName</source>
        <translation>Geben Sie name, domain oder shortName an</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>status must be OK, Warning, Error or NotOnboarded</source>
        <translation>status muss OK, Warning, Error oder NotOnboarded sein</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Offboard the customer&apos;s service first</source>
        <translation>Führen Sie zuerst das Offboarding des Dienstes dieses Kunden durch</translation>
    </message>
    <message>
        <location filename="../server/feedroutes.cpp" line="+39"/>
        <source>since is not a token this server issued</source>
        <translation>since ist kein von diesem Server ausgestelltes Token</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token is too old (or from another database); reload everything</source>
        <translation>Das Token ist zu alt (oder stammt aus einer anderen Datenbank); laden Sie alles neu</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>At most 50 targets at once</source>
        <translation>Höchstens 50 Ziele auf einmal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most 50</source>
        <translation>höchstens 50</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be an RFC 3339 time, e.g. 2026-12-01T00:00:00Z</source>
        <translation>muss ein Zeitpunkt nach RFC 3339 sein, z. B. 2026-12-01T00:00:00Z</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>until must be after since</source>
        <translation>until muss nach since liegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be after since</source>
        <translation>muss nach since liegen</translation>
    </message>
    <message>
        <location filename="../server/importroutes.cpp" line="+54"/>
        <source>The file: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Send the file as Content-Type: text/csv (UTF-8)</source>
        <translation>Senden Sie die Datei als Content-Type: text/csv (UTF-8)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dryRun must be true or false</source>
        <translation>dryRun muss true oder false sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>rows must be all, invalid or none</source>
        <translation>rows muss all, invalid oder none sein</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>limit must be from 1 to 100</source>
        <translation>limit muss zwischen 1 und 100 liegen</translation>
    </message>
    <message>
        <location filename="../server/mailroutes.cpp" line="+26"/>
        <source>The service has no Quick Start link while it is %1; it has one once deployed</source>
        <translation>Der Dienst hat keinen Quick Start-Link, solange er den Status %1 hat; nach der Bereitstellung hat er einen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The service has no contact email to send the Quick Start mail to</source>
        <translation>Der Dienst hat keine Kontakt-E-Mail-Adresse, an die die Quick Start-E-Mail gesendet werden kann</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>status must be Pending, Sent or Failed</source>
        <translation>status muss Pending, Sent oder Failed sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be Pending, Sent or Failed</source>
        <translation>muss Pending, Sent oder Failed sein</translation>
    </message>
    <message>
        <location filename="../server/resthelpers.cpp" line="+31"/>
        <source>A JSON object is required</source>
        <translation>Ein JSON-Objekt ist erforderlich</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The body is not valid JSON (%1 at byte %2)</source>
        <translation>Der Anforderungstext ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The body must be a JSON object</source>
        <translation>Der Anforderungstext muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrong types or unknown members</source>
        <translation>Falsche Typen oder unbekannte Elemente</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+69"/>
        <location filename="../server/serviceroutes.cpp" line="-4"/>
        <location line="+133"/>
        <location filename="../server/userroutes.cpp" line="+209"/>
        <source>See errors for each field</source>
        <translation>Siehe die Fehler zu den einzelnen Feldern</translation>
    </message>
    <message>
        <location line="-47"/>
        <location filename="../server/serviceroutes.cpp" line="-23"/>
        <location filename="../server/usageroutes.cpp" line="+47"/>
        <source>is not a member of this object</source>
        <translation>ist kein Element dieses Objekts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a string</source>
        <translation>muss eine Zeichenfolge sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>limit must be a whole number from 1 to 1000</source>
        <translation>limit muss eine ganze Zahl von 1 bis 1000 sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be from 1 to 1000</source>
        <translation>muss zwischen 1 und 1000 liegen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a cursor this server issued</source>
        <translation>%1 ist kein von diesem Server ausgestellter Cursor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown cursor</source>
        <translation>unbekannter Cursor</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Send If-Match with the ETag you last read</source>
        <translation>Senden Sie If-Match mit dem zuletzt gelesenen ETag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The object changed since you read it; read it again and reapply your change</source>
        <translation>Das Objekt wurde geändert, seit Sie es gelesen haben; lesen Sie es erneut, und wenden Sie Ihre Änderung noch einmal an</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No customer with this id</source>
        <translation>Kein Kunde mit dieser ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No service with this id</source>
        <translation>Kein Dienst mit dieser ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No operation with this id</source>
        <translation>Kein Vorgang mit dieser ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No import with this id</source>
        <translation>Kein Import mit dieser ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No storage location with this id</source>
        <translation>Kein Speicherort mit dieser ID</translation>
    </message>
    <message>
        <location filename="../server/connections.cpp" line="+69"/>
        <source>The request is larger than %1 MiB</source>
        <translation>Die Anforderung ist größer als %1 MiB</translation>
    </message>
    <message>
        <location filename="../server/restserver.cpp" line="+207"/>
        <source>The body is %1 bytes; the limit is %2</source>
        <translation>Der Anforderungstext hat %1 Bytes; die Grenze liegt bei %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No such resource</source>
        <translation>Diese Ressource gibt es nicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allowed: %1</source>
        <translation>Zulässige Methoden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server failed; see its log</source>
        <translation>Serverfehler; prüfen Sie das Protokoll des Servers</translation>
    </message>
    <message>
        <location filename="../server/serviceroutes.cpp" line="-142"/>
        <source>&apos;%1&apos; is already used by another service</source>
        <translation>„%1“ wird bereits von einem anderen Dienst verwendet</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This customer already has an Interaction Recording service</source>
        <translation>Dieser Kunde hat bereits einen Interaction Recording-Dienst</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>status must be a status or a deployment status</source>
        <translation>status muss ein Status oder ein Bereitstellungsstatus sein</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot be modified after deployment</source>
        <translation>kann nach der Bereitstellung nicht geändert werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The service is being offboarded</source>
        <translation>Für den Dienst läuft das Offboarding</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service is suspended: reactivate it before changing its user type</source>
        <translation>Der Dienst ist ausgesetzt: Reaktivieren Sie ihn, bevor Sie seinen Benutzertyp ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+53"/>
        <location filename="../server/suspendroutes.cpp" line="+55"/>
        <location line="+31"/>
        <source>Wait for the running operation to finish</source>
        <translation>Warten Sie, bis der laufende Vorgang abgeschlossen ist</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>recordings is “%1”; it must be keep or delete</source>
        <translation>recordings ist „%1“; zulässig sind keep oder delete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be keep or delete</source>
        <translation>muss keep oder delete sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service is already offboarded</source>
        <translation>Für den Dienst wurde das Offboarding bereits durchgeführt</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Only a service in DeploymentError can be deployed again; this one is %1</source>
        <translation>Nur ein Dienst im Status DeploymentError kann erneut bereitgestellt werden; dieser hat den Status %1</translation>
    </message>
    <message>
        <location filename="../server/suspendroutes.cpp" line="-64"/>
        <source>%1 is %2: %3</source>
        <translation>%1 hat den Status %2: %3</translation>
    </message>
    <message>
        <location filename="../server/usageroutes.cpp" line="-2"/>
        <source>Unknown member %1</source>
        <translation>Unbekanntes Element %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a whole number from 0 to %1</source>
        <translation>muss eine ganze Zahl von 0 bis %1 sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be an RFC 3339 time, e.g. 2026-12-02T09:00:00Z</source>
        <translation>muss ein Zeitpunkt nach RFC 3339 sein, z. B. 2026-12-02T09:00:00Z</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is in the future</source>
        <translation>liegt in der Zukunft</translation>
    </message>
    <message>
        <location filename="../server/userroutes.cpp" line="-178"/>
        <source>%1 is the last admin; make another user admin first</source>
        <translation>%1 ist der letzte Admin; machen Sie zuerst einen anderen Benutzer zum Admin</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The user name is taken</source>
        <translation>Der Benutzername ist bereits vergeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already exists</source>
        <translation>ist bereits vorhanden</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>You cannot delete yourself</source>
        <translation>Sie können sich nicht selbst löschen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>An operator with this email exists</source>
        <translation>Es gibt bereits einen Operator mit dieser E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already an operator of this customer</source>
        <translation>bereits Operator dieses Kunden</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>cannot be changed; remove the operator and add the new address</source>
        <translation>kann nicht geändert werden; entfernen Sie den Operator, und fügen Sie die neue Adresse hinzu</translation>
    </message>
</context>
<context>
    <name>QuickStartPage</name>
    <message>
        <location filename="../server/quickstartpage.cpp" line="+14"/>
        <source>Sign in with your Microsoft 365 administrator account.</source>
        <translation>Melden Sie sich mit Ihrem Microsoft 365-Administratorkonto an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lets the service read users and groups, to know whom to record.</source>
        <translation>Erlaubt dem Dienst, Benutzer und Gruppen zu lesen, um zu wissen, wer aufgezeichnet werden soll.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lets the recording bot join Microsoft Teams calls.</source>
        <translation>Erlaubt dem Aufzeichnungsbot, an Microsoft Teams-Anrufen teilzunehmen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lets the paired bot make the second recording kept in the paired region (Pro).</source>
        <translation>Erlaubt dem gekoppelten Bot, die zweite Aufzeichnung zu erstellen, die in der gekoppelten Region aufbewahrt wird (Pro).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Quick Start: %1</source>
        <translation>Quick Start: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interaction Recording: Quick Start</source>
        <translation>Interaction Recording: Quick Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant &lt;strong&gt;%1&lt;/strong&gt; · %2 · %3 of %4 consents granted</source>
        <translation>Mandant &lt;strong&gt;%1&lt;/strong&gt; · %2 · %3 von %4 Zustimmungen erteilt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your service provider has suspended recording for this tenant. Consents can be granted again once it is reactivated.</source>
        <translation>Ihr Dienstanbieter hat die Aufzeichnung für diesen Mandanten ausgesetzt. Zustimmungen können wieder erteilt werden, sobald die Aufzeichnung reaktiviert wurde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All consents are granted. Recording is ready for this tenant.</source>
        <translation>Alle Zustimmungen sind erteilt. Die Aufzeichnung ist für diesen Mandanten bereit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As the tenant&apos;s Microsoft 365 administrator, grant each consent below, in order. Start with &lt;strong&gt;M365 Login&lt;/strong&gt;; the others unlock after it.</source>
        <translation>Erteilen Sie als Microsoft 365-Administrator des Mandanten die folgenden Zustimmungen der Reihe nach. Beginnen Sie mit &lt;strong&gt;M365 Login&lt;/strong&gt;; die anderen werden danach freigeschaltet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grant the remaining consents. Recording starts once all of them are granted.</source>
        <translation>Erteilen Sie die übrigen Zustimmungen. Die Aufzeichnung beginnt, sobald alle erteilt sind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consents</source>
        <translation>Zustimmungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✓ Granted</source>
        <translation>✓ Erteilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for M365 Login</source>
        <translation>Wartet auf M365 Login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not granted yet</source>
        <translation>Noch nicht erteilt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Grant</source>
        <translation>Erteilen</translation>
    </message>
</context>
<context>
    <name>ServiceRules</name>
    <message>
        <location filename="../validators/servicerules.cpp" line="+43"/>
        <source>&apos;%1&apos; is already in the list (entry %2)</source>
        <translation>„%1“ ist bereits in der Liste (Eintrag %2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>At least one contact email address is required</source>
        <translation>Mindestens eine Kontakt-E-Mail-Adresse ist erforderlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of at most %2 addresses</source>
        <translation>%1 Adressen, zulässig sind höchstens %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At least one administrator UPN is required</source>
        <translation>Mindestens ein Administrator-UPN ist erforderlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of at most %2 UPNs</source>
        <translation>%1 UPNs, zulässig sind höchstens %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a storage location</source>
        <translation>Wählen Sie einen Speicherort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a storage location</source>
        <translation>„%1“ ist kein Speicherort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no paired region, so it cannot hold the Advanced Storage replica that Pro needs; choose a paired location or the Essential user type</source>
        <translation>%1 hat keine gekoppelte Region und kann daher das Advanced Storage-Replikat, das Pro benötigt, nicht aufnehmen; wählen Sie einen gekoppelten Speicherort oder den Benutzertyp Essential</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;%1&apos; differs from the tenant domain &apos;%2&apos;; Entra accepts only UPNs on domains verified in the tenant</source>
        <translation>„%1“ unterscheidet sich von der Mandantendomäne „%2“; Entra akzeptiert nur UPNs mit Domänen, die im Mandanten verifiziert sind</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose Essential or Pro</source>
        <translation>Wählen Sie Essential oder Pro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Allow to Exceed Included Users is not in use and must stay off</source>
        <translation>„Überschreiten der enthaltenen Benutzer zulassen“ wird nicht verwendet und muss deaktiviert bleiben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A waiver reference is only given when Control MSFT Teams Recording Notifications is on</source>
        <translation>Eine Referenz der Verzichtserklärung wird nur angegeben, wenn „Aufzeichnungsbenachrichtigungen von Microsoft Teams steuern“ aktiviert ist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Advanced Storage is always on for Pro</source>
        <translation>Advanced Storage ist bei Pro immer aktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced Storage is always off for Essential</source>
        <translation>Advanced Storage ist bei Essential immer deaktiviert</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <location filename="../models/statustext.cpp" line="+11"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not onboarded</source>
        <translation>Kein Onboarding</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deploying</source>
        <translation>Wird bereitgestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending consents</source>
        <translation>Zustimmungen ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deployment error</source>
        <translation>Bereitstellungsfehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleting</source>
        <translation>Wird gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deletion failed</source>
        <translation>Löschen fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Essential</source>
        <translation>Essential</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pro</source>
        <translation>Pro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Admin: everything</source>
        <translation>Admin: alles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator: add, edit and delete</source>
        <translation>Operator: hinzufügen, bearbeiten und löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monitor: read-only</source>
        <translation>Monitor: nur lesen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deploy</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offboarding</source>
        <translation>Offboarding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspension</source>
        <translation>Aussetzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactivation</source>
        <translation>Reaktivierung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First admin created</source>
        <translation>Erster Admin erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Console user added</source>
        <translation>Konsolenbenutzer hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Console user changed</source>
        <translation>Konsolenbenutzer geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Console user removed</source>
        <translation>Konsolenbenutzer entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer created</source>
        <translation>Kunde erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer changed</source>
        <translation>Kunde geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer deleted</source>
        <translation>Kunde gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service created</source>
        <translation>Dienst erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service changed</source>
        <translation>Dienst geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service offboarded</source>
        <translation>Offboarding des Dienstes durchgeführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deploy retried</source>
        <translation>Bereitstellung erneut versucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service suspended</source>
        <translation>Dienst ausgesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV import started</source>
        <translation>CSV-Import gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service reactivated</source>
        <translation>Dienst reaktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator added</source>
        <translation>Operator hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator changed</source>
        <translation>Operator geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator removed</source>
        <translation>Operator entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent granted</source>
        <translation>Zustimmung erteilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick Start email resent</source>
        <translation>Quick Start-E-Mail erneut gesendet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quick Start email</source>
        <translation>Quick Start-E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready email</source>
        <translation>E-Mail „Bereit“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployment-failed email</source>
        <translation>E-Mail „Bereitstellung fehlgeschlagen“</translation>
    </message>
</context>
<context>
    <name>StorageLocations</name>
    <message>
        <location filename="../validators/storagelocations.cpp" line="+19"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>a location without an id or region</source>
        <translation>ein Speicherort ohne ID oder Region</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no locations</source>
        <translation>keine Speicherorte</translation>
    </message>
</context>
<context>
    <name>insights::AuditModel</name>
    <message>
        <location filename="../models/auditmodel.cpp" line="+43"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>insights::AuditPage</name>
    <message>
        <location filename="../app/auditpage.cpp" line="+27"/>
        <location line="+12"/>
        <source>Audit trail</source>
        <translation>Überwachungsprotokoll</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;everything</source>
        <translation>&amp;Alles anzeigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter the audit trail</source>
        <translation>Überwachungsprotokoll filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by who, action, target or detail</source>
        <translation>Nach Person, Aktion, Ziel oder Details filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who (a user name)</source>
        <translation>Wer (ein Benutzername)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who: everyone</source>
        <translation>Wer: alle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every action</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-ins</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer operators</source>
        <translation>Kundenoperatoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Console users</source>
        <translation>Konsolenbenutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents</source>
        <translation>Zustimmungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 365 days</source>
        <translation>Letzte 365 Tage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save every entry that matches Who, Action and Period as CSV</source>
        <translation>Alle Einträge, die den Filtern „Wer“, „Aktion“ und „Zeitraum“ entsprechen, als CSV speichern</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export the audit trail</source>
        <translation>Überwachungsprotokoll exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No audit entry matches these filters.</source>
        <translation>Kein Protokolleintrag entspricht diesen Filtern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No audit entry of “%1” matches these filters. Who is a user name exactly as it signs in (suggestions appear as you type).</source>
        <translation>Kein Protokolleintrag von „%1“ entspricht diesen Filtern. „Wer“ ist ein Benutzername, genau wie bei der Anmeldung (Vorschläge erscheinen beim Tippen).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server keeps audit entries for %1 days (insights-server --audit-retention-days).</source>
        <translation>Der Server bewahrt Überwachungseinträge %1 Tage lang auf (insights-server --audit-retention-days).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Showing the audit trail of &lt;b&gt;%1&lt;/b&gt; and its service.</source>
        <translation>Angezeigt wird das Überwachungsprotokoll von &lt;b&gt;%1&lt;/b&gt; und seinem Dienst.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported 1 entry to %1.</source>
        <translation>1 Eintrag nach %1 exportiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported %1 entries to %2.</source>
        <translation>%1 Einträge nach %2 exportiert.</translation>
    </message>
</context>
<context>
    <name>insights::ByosSection</name>
    <message>
        <location filename="../forms/byossection.cpp" line="+30"/>
        <source>Name the location (for example Archive)</source>
        <translation>Benennen Sie den Speicherort (z. B. Archiv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most 64 characters</source>
        <translation>Höchstens 64 Zeichen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paste the container&apos;s URL with its SAS</source>
        <translation>Fügen Sie die URL des Containers mit seiner SAS ein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expired: ask the customer for a new SAS</source>
        <translation>Abgelaufen: Bitten Sie den Kunden um eine neue SAS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expires today</source>
        <translation>Läuft heute ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires tomorrow</source>
        <translation>Läuft morgen ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires in %1 days</source>
        <translation>Läuft in %1 Tagen ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location name</source>
        <translation>Name des Speicherorts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container URL with SAS</source>
        <translation>Container-URL mit SAS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verify and add</source>
        <translation>&amp;Verifizieren und hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer&apos;s own Azure Blob containers. Ask the customer for a container URL with a SAS that may read, add, create, write, delete and list (sp=racwdl). Each is verified before it is added: a small test file is written, read back and deleted; the SAS stays on the server. Adding and removing take effect at once (Save is for the other tabs).</source>
        <translation>Die eigenen Azure-Blobcontainer des Kunden. Bitten Sie den Kunden um eine Container-URL mit einer SAS, die Lesen, Hinzufügen, Erstellen, Schreiben, Löschen und Auflisten erlaubt (sp=racwdl). Jeder Container wird vor dem Hinzufügen verifiziert: Eine kleine Testdatei wird geschrieben, zurückgelesen und gelöscht; die SAS bleibt auf dem Server. Hinzufügen und Entfernen werden sofort wirksam („Speichern“ gilt für die anderen Registerkarten).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Own storage locations</source>
        <translation>Eigene Speicherorte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account / container</source>
        <translation>Konto / Container</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SAS expires</source>
        <translation>SAS läuft ab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove the selected location</source>
        <translation>Ausgewählten Speicherort entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify and add the location</source>
        <translation>Speicherort verifizieren und hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a location</source>
        <translation>Speicherort hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container &amp;URL:</source>
        <translation>Container-&amp;URL:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Own storage</source>
        <translation>Eigener Speicher</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove a storage location of %1?</source>
        <translation>Einen Speicherort von %1 entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%1” (%2/%3) from %4? The container and the recordings in it are the customer&apos;s and stay where they are.</source>
        <translation>„%1“ (%2/%3) von %4 entfernen? Der Container und die darin enthaltenen Aufzeichnungen gehören dem Kunden und bleiben, wo sie sind.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Could not read the storage locations: %1</source>
        <translation>Die Speicherorte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Give a name and a container URL with its SAS</source>
        <translation>Geben Sie einen Namen und eine Container-URL mit ihrer SAS an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a location first</source>
        <translation>Wählen Sie zuerst einen Speicherort aus</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Verifying… writing, reading and deleting a test file in %1.</source>
        <translation>Wird verifiziert… Eine Testdatei in %1 wird geschrieben, gelesen und gelöscht.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Added “%1”: %2/%3 verified.</source>
        <translation>„%1“ hinzugefügt: %2/%3 verifiziert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” was not added: %2</source>
        <translation>„%1“ wurde nicht hinzugefügt: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was not added; see the message at the field.</source>
        <translation>„%1“ wurde nicht hinzugefügt; siehe die Meldung am Feld.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Removed “%1”.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was not removed: %2</source>
        <translation>„%1“ wurde nicht entfernt: %2</translation>
    </message>
</context>
<context>
    <name>insights::CompliancePage</name>
    <message>
        <location filename="../forms/compliancepage.cpp" line="+15"/>
        <source>Control MSFT &amp;Teams Recording Notifications</source>
        <translation>Aufzeichnungsbenachrichtigungen von Microsoft &amp;Teams steuern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Calling Recordings</source>
        <translation>Anrufaufzeichnungen &amp;löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+126"/>
        <source>Advanced Storage (Geographical Redundancy)</source>
        <translation>Advanced Storage (geografische Redundanz)</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Compliance Exception Features</source>
        <translation>Compliance-Ausnahmefunktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All are off by default.</source>
        <translation>Alle sind standardmäßig deaktiviert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Control MSFT Teams Recording Notifications</source>
        <translation>Aufzeichnungsbenachrichtigungen von Microsoft Teams steuern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete Calling Recordings</source>
        <translation>Anrufaufzeichnungen löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced Storage, follows the user type</source>
        <translation>Advanced Storage, folgt dem Benutzertyp</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lets the customer decide in its Recording Profile whether Teams shows the recording banner. Needs the customer&apos;s signed legal waiver.</source>
        <translation>Ermöglicht dem Kunden, in seinem Aufzeichnungsprofil festzulegen, ob Teams das Aufzeichnungsbanner anzeigt. Erfordert die unterzeichnete rechtliche Verzichtserklärung des Kunden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lets the customer delete call recordings.</source>
        <translation>Ermöglicht dem Kunden, Anrufaufzeichnungen zu löschen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A second copy of every recording in the paired region, for disaster recovery. On exactly when the user type is Pro.</source>
        <translation>Eine zweite Kopie jeder Aufzeichnung in der gekoppelten Region für die Notfallwiederherstellung. Genau dann aktiviert, wenn der Benutzertyp Pro ist.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Allow deleting recordings?</source>
        <translation>Löschen von Aufzeichnungen zulassen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer will be able to delete call recordings. Deleted recordings cannot be recovered. Allow it?</source>
        <translation>Der Kunde kann dann Anrufaufzeichnungen löschen. Gelöschte Aufzeichnungen können nicht wiederhergestellt werden. Zulassen?</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Advanced Storage (Geographical Redundancy): replica in %1</source>
        <translation>Advanced Storage (geografische Redundanz): Replikat in %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> &lt;a href=&quot;#storage&quot;&gt;Change the storage location&lt;/a&gt;</source>
        <translation> &lt;a href=&quot;#storage&quot;&gt;Speicherort ändern&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiver reference: %1</source>
        <translation>Referenz der Verzichtserklärung: %1</translation>
    </message>
</context>
<context>
    <name>insights::ConsentListModel</name>
    <message>
        <location filename="../models/consentlistmodel.cpp" line="+40"/>
        <source>Granted on %1</source>
        <translation>Erteilt am %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Granted</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not granted yet</source>
        <translation>Noch nicht erteilt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not required for this user type</source>
        <translation>Für diesen Benutzertyp nicht erforderlich</translation>
    </message>
</context>
<context>
    <name>insights::ConsoleUsersPage</name>
    <message>
        <location filename="../app/consoleuserspage.cpp" line="+31"/>
        <location line="+14"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add user</source>
        <translation>Benutzer &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Console users</source>
        <translation>Konsolenbenutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Role of the selected user</source>
        <translation>Rolle des ausgewählten Benutzers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected user</source>
        <translation>Ausgewählten Benutzer entfernen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User &amp;name:</source>
        <translation>Benutzer&amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Kenn&amp;wort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;ole:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a console user</source>
        <translation>Konsolenbenutzer hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role of the selected &amp;user:</source>
        <translation>Rolle des ausgewählten &amp;Benutzers:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The provider&apos;s staff who may sign in to this console. Only admins see this page.</source>
        <translation>Die Mitarbeiter des Anbieters, die sich bei dieser Konsole anmelden dürfen. Nur Admins sehen diese Seite.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the console user %1? They can no longer sign in.</source>
        <translation>Den Konsolenbenutzer %1 entfernen? Der Benutzer kann sich dann nicht mehr anmelden.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The last admin cannot be removed: make another user admin first</source>
        <translation>Der letzte Admin kann nicht entfernt werden: Machen Sie zuerst einen anderen Benutzer zum Admin</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not load the users: %1</source>
        <translation>Die Benutzer konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Not added: %1</source>
        <translation>Nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not removed: %1</source>
        <translation>Nicht entfernt: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role not changed: %1</source>
        <translation>Rolle nicht geändert: %1</translation>
    </message>
</context>
<context>
    <name>insights::CsvExport</name>
    <message>
        <location filename="../app/csvexport.cpp" line="+57"/>
        <source>Export customers</source>
        <translation>Kunden exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Exporting to %1…</source>
        <translation>Wird nach %1 exportiert…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export canceled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>1 row exported.</source>
        <translation>1 Zeile exportiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows exported.</source>
        <translation>%1 Zeilen exportiert.</translation>
    </message>
</context>
<context>
    <name>insights::CustomerDetailsView</name>
    <message>
        <location filename="../app/customerdetailsview.cpp" line="+48"/>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>: %1 (tried once)</source>
        <translation>: %1 (einmal versucht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>: %1 (tried %2 times)</source>
        <translation>: %1 (%2-mal versucht)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Customer details</source>
        <translation>Kundendetails</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>&lt;h4&gt;Usage&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Nutzung&lt;/h4&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p style=&apos;color:#5f6368&apos;&gt;Licences: %1 included; the recording platform has not reported how many are in use yet.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#5f6368&apos;&gt;Lizenzen: %1 enthalten; die Aufzeichnungsplattform hat noch nicht gemeldet, wie viele in Verwendung sind.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;p&gt;Licences: &lt;b&gt;%1 / %2&lt;/b&gt; in use (%3 %)%4&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lizenzen: &lt;b&gt;%1 / %2&lt;/b&gt; in Verwendung (%3 %)%4&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> &lt;span style=&apos;color:#5f6368&apos;&gt;— measured %1&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:#5f6368&apos;&gt;— gemessen %1&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;p&gt;Storage used: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Belegter Speicher: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;p&gt;Own storage: &lt;span style=&apos;color:#8a6d00&apos;&gt;none yet — add the customer&apos;s container in &lt;b&gt;Edit the service… → Own storage&lt;/b&gt;&lt;/span&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eigener Speicher: &lt;span style=&apos;color:#8a6d00&apos;&gt;noch keiner — fügen Sie den Container des Kunden unter &lt;b&gt;Dienst bearbeiten… → Eigener Speicher&lt;/b&gt; hinzu&lt;/span&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Own storage:&lt;/p&gt;&lt;ul style=&apos;list-style-type:none&apos;&gt;</source>
        <translation>&lt;p&gt;Eigener Speicher:&lt;/p&gt;&lt;ul style=&apos;list-style-type:none&apos;&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SAS expires %1</source>
        <translation>SAS läuft am %1 ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SAS never expires</source>
        <translation>SAS läuft nie ab</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;li&gt;✓ %1: %2/%3 &lt;span style=&apos;color:%4&apos;&gt;— %5&lt;/span&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;✓ %1: %2/%3 &lt;span style=&apos;color:%4&apos;&gt;— %5&lt;/span&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>this server sends no emails</source>
        <translation>dieser Server sendet keine E-Mails</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;h4&gt;Emails&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;E-Mails&lt;/h4&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p style=&apos;color:#5f6368&apos;&gt;Loading…&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#5f6368&apos;&gt;Wird geladen…&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p style=&apos;color:#5f6368&apos;&gt;Not known: %1&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#5f6368&apos;&gt;Nicht bekannt: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p style=&apos;color:#5f6368&apos;&gt;None yet. The Quick Start email goes to the contacts when the deploy finishes.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#5f6368&apos;&gt;Noch keine. Die Quick Start-E-Mail geht an die Kontakte, sobald die Bereitstellung abgeschlossen ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;li&gt;✓ %1 to %2 &lt;span style=&apos;color:#5f6368&apos;&gt;— sent %3&lt;/span&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;✓ %1 an %2 &lt;span style=&apos;color:#5f6368&apos;&gt;— gesendet %3&lt;/span&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;li&gt;&lt;span style=&apos;color:#b71c1c&apos;&gt;✗ %1 to %2 — failed: %3&lt;/span&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;span style=&apos;color:#b71c1c&apos;&gt;✗ %1 an %2 — fehlgeschlagen: %3&lt;/span&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;li&gt;&lt;span style=&apos;color:#8a6d00&apos;&gt;… %1 to %2 — pending%3&lt;/span&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;span style=&apos;color:#8a6d00&apos;&gt;… %1 an %2 — ausstehend%3&lt;/span&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;p style=&apos;color:#5f6368&apos;&gt;Select a customer to see its consents, alarms and storage.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#5f6368&apos;&gt;Wählen Sie einen Kunden aus, um seine Zustimmungen, Alarme und seinen Speicher zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;p style=&apos;color:#5f6368&apos;&gt;Created %1 by %2&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#5f6368&apos;&gt;Erstellt am %1 von %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p style=&apos;color:#5f6368&apos;&gt;Reading the service…&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#5f6368&apos;&gt;Der Dienst wird gelesen…&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Not onboarded. Use &lt;b&gt;Add → Interaction Recording&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kein Onboarding. Verwenden Sie &lt;b&gt;Hinzufügen → Interaction Recording&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 failed at %2 %</source>
        <translation>%1 bei %2 % fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · queued</source>
        <translation>%1 · in der Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 %</source>
        <translation>%1 · %2 %</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> &lt;i&gt;— skipped: does not apply&lt;/i&gt;</source>
        <translation> &lt;i&gt;— übersprungen: trifft nicht zu&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> &lt;i&gt;— planned only: no storage account is configured there&lt;/i&gt;</source>
        <translation> &lt;i&gt;— nur geplant: dort ist kein Speicherkonto konfiguriert&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;h4&gt;Consents&lt;/h4&gt;&lt;ul style=&apos;list-style-type:none&apos;&gt;</source>
        <translation>&lt;h4&gt;Zustimmungen&lt;/h4&gt;&lt;ul style=&apos;list-style-type:none&apos;&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> &lt;span style=&apos;color:#5f6368&apos;&gt;(%1)&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:#5f6368&apos;&gt;(%1)&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h4&gt;Storage&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Speicher&lt;/h4&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;%1: %2, container %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1: %2, Container %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;%1: %2 — &lt;span style=&apos;color:#8a6d00&apos;&gt;not provisioned: no storage account is configured for %2&lt;/span&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1: %2 — &lt;span style=&apos;color:#8a6d00&apos;&gt;nicht bereitgestellt: für %2 ist kein Speicherkonto konfiguriert&lt;/span&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replica</source>
        <translation>Replikat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;a href=&quot;%1&quot;&gt;Open the Quick Start page&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;a href=&quot;%1&quot;&gt;Quick Start-Seite öffnen&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>insights::CustomerDialog</name>
    <message>
        <location filename="../forms/customerdialog.cpp" line="+23"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer details</source>
        <translation>Kundendetails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Display &amp;name:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not load the customer: %1</source>
        <translation>Der Kunde konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customer details: %1</source>
        <translation>Kundendetails: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changed elsewhere, and it could not be read again: %1</source>
        <translation>An anderer Stelle geändert, und es konnte nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: someone changed this customer meanwhile. Theirs: name “%1”, description “%2”. Save again to replace it with yours, or Cancel to keep theirs.</source>
        <translation>Nicht gespeichert: Jemand hat diesen Kunden inzwischen geändert. Dessen Stand: Name „%1“, Beschreibung „%2“. Speichern Sie erneut, um ihn durch Ihren zu ersetzen, oder klicken Sie auf „Abbrechen“, um den anderen beizubehalten.</translation>
    </message>
</context>
<context>
    <name>insights::CustomerTableModel</name>
    <message>
        <location filename="../models/customertablefilter.cpp" line="+85"/>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 customer</source>
        <translation>1 Kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 customers</source>
        <translation>%1 Kunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 customers shown</source>
        <translation>%1 von %2 Kunden angezeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (in all: %2)</source>
        <translation>%1 (insgesamt: %2)</translation>
    </message>
    <message>
        <location filename="../models/customertablemodel.cpp" line="+187"/>
        <source>%1: suspended</source>
        <translation>%1: ausgesetzt</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>– / %1</source>
        <translation>– / %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant name</source>
        <translation>Mandantenname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence type</source>
        <translation>Lizenztyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Included users</source>
        <translation>Enthaltene Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storage location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deployment status</source>
        <translation>Bereitstellungsstatus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storage used</source>
        <translation>Belegter Speicher</translation>
    </message>
</context>
<context>
    <name>insights::CustomersPage</name>
    <message>
        <location filename="../app/customerspage.cpp" line="+19"/>
        <location line="+6"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>No customers yet. Use Add ▾ → Interaction Recording (Ctrl+N) to onboard the first one.</source>
        <translation>Noch keine Kunden. Verwenden Sie Hinzufügen ▾ → Interaction Recording (Strg+N), um das Onboarding des ersten Kunden durchzuführen.</translation>
    </message>
</context>
<context>
    <name>insights::EditServiceDialog</name>
    <message>
        <location filename="../forms/editservicedialog.cpp" line="+37"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit the Interaction Recording service</source>
        <translation>Interaction Recording-Dienst bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tenant Management</source>
        <translation>&amp;Mandantenverwaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compliance Exception Features</source>
        <translation>&amp;Compliance-Ausnahmefunktionen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service settings</source>
        <translation>Diensteinstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service settings pages</source>
        <translation>Seiten der Diensteinstellungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields marked ⚠ are locked since the deployment: they cannot be modified.</source>
        <translation>Mit ⚠ markierte Felder sind seit der Bereitstellung gesperrt und können nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Downgrading %1 to Essential stops the replica copies in the paired region.</source>
        <translation>Durch das Herabstufen von %1 auf Essential werden die Replikatkopien in der gekoppelten Region beendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrading %1 to Pro turns on Advanced Storage; the customer must grant one more consent (Redundant Recording Calls) before the service is Ready again.</source>
        <translation>Durch das Hochstufen von %1 auf Pro wird Advanced Storage aktiviert; der Kunde muss eine weitere Zustimmung („Redundant Recording Calls“) erteilen, bevor der Dienst wieder „Bereit“ ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change the user type of %1?</source>
        <translation>Benutzertyp von %1 ändern?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changed elsewhere</source>
        <translation>An anderer Stelle geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone changed this service since you opened it. Your changes were not saved.</source>
        <translation>Jemand hat diesen Dienst geändert, seit Sie ihn geöffnet haben. Ihre Änderungen wurden nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reload (discard mine)</source>
        <translation>&amp;Neu laden (meine verwerfen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;view the differences</source>
        <translation>&amp;Unterschiede prüfen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not load the service: %1</source>
        <translation>Der Dienst konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Own &amp;storage</source>
        <translation>Eigener Speic&amp;her</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: yours %2, theirs %3</source>
        <translation>%1: Ihr Wert %2, anderer Wert %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changed elsewhere, and it could not be read again: %1</source>
        <translation>An anderer Stelle geändert und konnte nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reloaded the current version.</source>
        <translation>Die aktuelle Version wurde neu geladen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed elsewhere. Differences (yours / theirs):
%1
Save again to apply yours on top of theirs.</source>
        <translation>An anderer Stelle geändert. Unterschiede (Ihr Wert / anderer Wert):
%1
Speichern Sie erneut, um Ihre Werte über die anderen zu übernehmen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: someone changed this service meanwhile.</source>
        <translation>Nicht gespeichert: Jemand hat diesen Dienst inzwischen geändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>insights::EmbeddedBackend</name>
    <message>
        <location filename="../app/embeddedbackend.cpp" line="+31"/>
        <source>The local backend (%1) could not start: %2</source>
        <translation>Das lokale Backend (%1) konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The local backend stopped (exit code %1): %2</source>
        <translation>Das lokale Backend wurde beendet (Exitcode %1): %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The local backend keeps stopping (exit code %1): %2. Quit and start the console again; if it goes on, its database is in %3.</source>
        <translation>Das lokale Backend wird immer wieder beendet (Exitcode %1): %2. Beenden Sie die Konsole und starten Sie sie neu. Tritt das Problem weiterhin auf: Die Datenbank befindet sich in %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The local backend stopped unexpectedly (exit code %1); starting it again…</source>
        <translation>Das lokale Backend wurde unerwartet beendet (Exitcode %1) und wird neu gestartet…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The local backend said something unexpected: %1</source>
        <translation>Unerwartete Antwort vom lokalen Backend: %1</translation>
    </message>
</context>
<context>
    <name>insights::FinishPage</name>
    <message>
        <location filename="../forms/finishpage.cpp" line="+26"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add customer &amp;operators…</source>
        <translation>Kunden&amp;operatoren hinzufügen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quick Start</source>
        <translation>Quick Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this link to the customer&apos;s Microsoft 365 administrator.</source>
        <translation>Senden Sie diesen Link an den Microsoft 365-Administrator des Kunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick Start link</source>
        <translation>Quick Start-Link</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the Quick Start link</source>
        <translation>Quick Start-Link kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the Quick Start page</source>
        <translation>Quick Start-Seite öffnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bring your own storage is on: once the customer gives you a container URL with a SAS, add it in &lt;b&gt;Edit the service… → Own storage&lt;/b&gt; (Ctrl+E); it is verified there.</source>
        <translation>Eigener Speicher ist aktiviert: Sobald Ihnen der Kunde eine Container-URL mit SAS gibt, fügen Sie sie unter &lt;b&gt;Dienst bearbeiten… → Eigener Speicher&lt;/b&gt; (Strg+E) hinzu; dort wird sie überprüft.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The customer&apos;s administrator grants the consents in the Quick Start wizard, starting with M365 Login. Until then the customer shows &lt;b&gt;Warning&lt;/b&gt; with the consent alarm; once all consents are granted the service turns &lt;b&gt;OK&lt;/b&gt; and Ready.</source>
        <translation>Der Administrator des Kunden erteilt die Zustimmungen im Quick Start-Assistenten, beginnend mit M365 Login. Bis dahin hat der Kunde den Status &lt;b&gt;Warnung&lt;/b&gt; mit dem Zustimmungsalarm; sobald alle Zustimmungen erteilt sind, wechselt der Dienst zu &lt;b&gt;OK&lt;/b&gt; und „Bereit“.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Customer operators are the customer&apos;s people who may log in to the platform.</source>
        <translation>Kundenoperatoren sind Personen des Kunden, die sich bei der Plattform anmelden dürfen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add customer operators</source>
        <translation>Kundenoperatoren hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No web browser could be started on this computer: copy the link and paste it into a browser.</source>
        <translation>Auf diesem Computer konnte kein Webbrowser gestartet werden: Kopieren Sie den Link und fügen Sie ihn in einen Browser ein.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>⚠ This link uses a loopback address (%1): it works only on this computer. Connect to a team server (File → Connect to a server…) to send it to a customer.</source>
        <translation>⚠ Dieser Link verwendet eine Loopback-Adresse (%1): Er funktioniert nur auf diesem Computer. Verbinden Sie sich mit einem Teamserver (Datei → Mit einem Server verbinden…), um ihn an einen Kunden zu senden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Looking for the Quick Start email…</source>
        <translation>Quick Start-E-Mail wird gesucht…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This server sends no emails: send the link yourself.</source>
        <translation>Dieser Server sendet keine E-Mails: Senden Sie den Link selbst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not see whether the Quick Start email was queued: %1</source>
        <translation>Es konnte nicht festgestellt werden, ob die Quick Start-E-Mail in die Warteschlange gestellt wurde: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No Quick Start email was queued: send the link yourself.</source>
        <translation>Es wurde keine Quick Start-E-Mail in die Warteschlange gestellt: Senden Sie den Link selbst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✉ The Quick Start email was queued to the contact %1.</source>
        <translation>✉ Die Quick Start-E-Mail an den Kontakt %1 wurde in die Warteschlange gestellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✉ The Quick Start email was queued to %1 contacts: %2.</source>
        <translation>✉ Die Quick Start-E-Mail an %1 Kontakte wurde in die Warteschlange gestellt: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent yet: %1</source>
        <translation>Noch nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>insights::ImportDialog</name>
    <message>
        <location filename="../forms/importdialog.cpp" line="+30"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs fixing</source>
        <translation>Korrektur nötig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Onboarded</source>
        <translation>Onboarding erfolgt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not onboarded</source>
        <translation>Kein Onboarding erfolgt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No file chosen.</source>
        <translation>Keine Datei ausgewählt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a &amp;template…</source>
        <translation>&amp;Vorlage speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose a file…</source>
        <translation>Datei &amp;auswählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export this report…</source>
        <translation>Diesen Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+201"/>
        <source>&amp;Onboard valid rows</source>
        <translation>&amp;Onboarding für gültige Zeilen</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>Import customers from CSV</source>
        <translation>Kunden aus CSV importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per customer and its Interaction Recording service, with the columns of the template. The server checks every row with the rules of the onboarding form before anything is created; lists (contact emails, admin UPNs) are separated by “;”.</source>
        <translation>Eine Zeile pro Kunde und dessen Interaction Recording-Dienst, mit den Spalten der Vorlage. Der Server prüft jede Zeile mit den Regeln des Onboardingformulars, bevor etwas erstellt wird; Listen (Kontakt-E-Mail-Adressen, Administrator-UPNs) werden durch „;“ getrennt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The monitor role is read-only</source>
        <translation>Die Rolle „Monitor“ hat nur Lesezugriff</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a CSV file</source>
        <translation>CSV-Datei auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Onboard 1 customer now? It gets an Interaction Recording service, deployed at once.</source>
        <translation>Jetzt 1 Kunden onboarden? Er erhält einen Interaction Recording-Dienst, der sofort bereitgestellt wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Onboard %1 customers now? Each gets an Interaction Recording service, deployed at once.</source>
        <translation>Jetzt %1 Kunden onboarden? Jeder erhält einen Interaction Recording-Dienst, der sofort bereitgestellt wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rows to fix (%1) are left out.</source>
        <translation>Die zu korrigierenden Zeilen (%1) werden ausgelassen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onboard from %1</source>
        <translation>Onboarding aus %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Newest import: %1 by %2</source>
        <translation>Letzter Import: %1 von %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved the template to %1.</source>
        <translation>Die Vorlage wurde unter %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is %2; the server takes files up to 8 MiB: split it.</source>
        <translation>%1 ist %2 groß; der Server akzeptiert Dateien bis 8 MiB: Teilen Sie die Datei auf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onboarding the valid rows of %1…</source>
        <translation>Onboarding der gültigen Zeilen von %1…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Checking: %1 of %2 rows</source>
        <translation>Prüfung: %1 von %2 Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onboarding: %1 of %2 valid rows</source>
        <translation>Onboarding: %1 von %2 gültigen Zeilen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The import failed on the server.</source>
        <translation>Der Import ist auf dem Server fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rows checked: %2 valid, %3 to fix. Nothing was created.</source>
        <translation>%1 Zeilen geprüft: %2 gültig, %3 zu korrigieren. Es wurde nichts erstellt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Onboarded %1 of %2 rows.</source>
        <translation>Onboarding für %1 von %2 Zeilen abgeschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to fix.</source>
        <translation>%1 zu korrigieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 not onboarded: their names were taken meanwhile.</source>
        <translation>%1 ohne Onboarding: Deren Namen wurden inzwischen vergeben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Onboard 1 valid row</source>
        <translation>&amp;Onboarding für 1 gültige Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Onboard %1 valid rows</source>
        <translation>&amp;Onboarding für %1 gültige Zeilen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 · report saved to %2</source>
        <translation>%1 · Bericht gespeichert unter %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>insights::KeychainSessionStore</name>
    <message>
        <location filename="../models/sessionstore.cpp" line="+98"/>
        <source>the system keychain</source>
        <translation>der Systemschlüsselbund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory only: the system keychain cannot be reached (%1), so you will sign in again after a restart</source>
        <translation>nur im Arbeitsspeicher: Der Systemschlüsselbund ist nicht erreichbar (%1), daher müssen Sie sich nach einem Neustart erneut anmelden</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The system keychain refused: %1</source>
        <translation>Der Systemschlüsselbund hat abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no keychain service answered</source>
        <translation>kein Schlüsselbunddienst hat geantwortet</translation>
    </message>
</context>
<context>
    <name>insights::ListEditor</name>
    <message>
        <location filename="../forms/listeditor.cpp" line="+19"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+41"/>
        <source>Required: at least one. Type it, then press Enter or Add.</source>
        <translation>Erforderlich: mindestens ein Eintrag. Geben Sie ihn ein und drücken Sie dann die Eingabetaste oder „Hinzufügen“.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from %1</source>
        <translation>Aus %1 entfernen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 of at most %2.</source>
        <translation>%1 von höchstens %2.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Not added: %1</source>
        <translation>Nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not added: &apos;%1&apos; is already in the list</source>
        <translation>Nicht hinzugefügt: „%1“ ist bereits in der Liste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not added: at most %1 entries</source>
        <translation>Nicht hinzugefügt: höchstens %1 Einträge</translation>
    </message>
</context>
<context>
    <name>insights::LocalCache</name>
    <message>
        <location filename="../models/localcache.cpp" line="+123"/>
        <source>Cannot create the folder of %1</source>
        <translation>Der Ordner von %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The cache is not open</source>
        <translation>Der Cache ist nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>insights::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="+63"/>
        <source>Interaction Insights Console</source>
        <translation>Interaction Insights Console</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Customers</source>
        <translation>&amp;Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Services</source>
        <translation>Dien&amp;ste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit trail</source>
        <translation>Überwachungs&amp;protokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Console &amp;users</source>
        <translation>Konsolen&amp;benutzer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <location line="+176"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>&amp;Interaction Recording</source>
        <translation>&amp;Interaction Recording</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh (F5)</source>
        <translation>Aktualisieren (F5)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search and filter</source>
        <translation>Suchen und filtern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search customers and services</source>
        <translation>Kunden und Dienste durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search customer, tenant, domain… (Ctrl+F)</source>
        <translation>Kunde, Mandant, Domäne suchen… (Strg+F)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not onboarded</source>
        <translation>Kein Onboarding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over licence</source>
        <translation>Lizenz überschritten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More licences in use than included</source>
        <translation>Mehr Lizenzen in Verwendung als enthalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Services stopped with Suspend…, until reactivated</source>
        <translation>Mit „Aussetzen…“ angehaltene Dienste, bis sie reaktiviert werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted services</source>
        <translation>Gelöschte Dienste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offboarded services, on the Services page</source>
        <translation>Dienste nach dem Offboarding, auf der Seite „Dienste“</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Deleted services are listed on the Services page (Ctrl+1 goes back to the customers).</source>
        <translation>Gelöschte Dienste stehen auf der Seite „Dienste“ (Strg+1 führt zurück zu den Kunden).</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Add Service</source>
        <translation>Dienst hinzufügen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Add an Interaction Recording service (Ctrl+N)</source>
        <translation>Interaction Recording-Dienst hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The monitor role is read-only</source>
        <translation>Die Rolle „Monitor“ hat nur Lesezugriff</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign &amp;in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/mainwindowmenus.cpp" line="+57"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The console&apos;s own backend signs itself in</source>
        <translation>Das eigene Backend der Konsole meldet sich selbst an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to %1 again</source>
        <translation>Erneut bei %1 anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End this session on %1</source>
        <translation>Diese Sitzung auf %1 beenden</translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="-31"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export visible rows to CSV…</source>
        <translation>Sichtbare Zeilen als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import customers from CSV…</source>
        <translation>Kunden aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Connect to a server…</source>
        <translation>Mit einem Server &amp;verbinden…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server &amp;settings…</source>
        <translation>&amp;Servereinstellungen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ser&amp;vice</source>
        <translation>D&amp;ienst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Se&amp;ttings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkombinationen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Interaction Insights Console</source>
        <translation>&amp;Info zu Interaction Insights Console</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The console speaks %1 from its next start.</source>
        <translation>Die Konsole verwendet ab dem nächsten Start %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the system language</source>
        <translation>die Systemsprache</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Starting the backend…</source>
        <translation>Backend wird gestartet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · signed out</source>
        <translation>%1 · abgemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Server settings</source>
        <translation>Servereinstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server does not tell its settings (it is older than version 1.1).</source>
        <translation>Dieser Server gibt seine Einstellungen nicht an (er ist älter als Version 1.1).</translation>
    </message>
    <message>
        <location filename="../app/mainwindowsession.cpp" line="+60"/>
        <source>Signing out…</source>
        <translation>Abmeldung läuft…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed out here, but the server could not be told (%1): that token stays valid until it expires.</source>
        <translation>Hier abgemeldet, aber der Server konnte nicht benachrichtigt werden (%1): Dieses Token bleibt gültig, bis es abläuft.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
</context>
<context>
    <name>insights::MemorySessionStore</name>
    <message>
        <location filename="../models/sessionstore.cpp" line="-127"/>
        <source>memory only: tokens are kept until the console quits, so you will sign in again after a restart</source>
        <translation>nur im Arbeitsspeicher: Tokens werden aufbewahrt, bis die Konsole beendet wird, daher müssen Sie sich nach einem Neustart erneut anmelden</translation>
    </message>
</context>
<context>
    <name>insights::OffboardDialog</name>
    <message>
        <location filename="../forms/offboarddialog.cpp" line="+16"/>
        <source>&amp;Keep the recordings: their storage stays, nothing of the customer&apos;s data is touched</source>
        <translation>Aufzeichnungen &amp;behalten: Der Speicher bleibt bestehen, die Daten des Kunden bleiben unverändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete the recordings now: their storage is deleted; this cannot be undone</source>
        <translation>Aufzeichnungen jetzt &amp;löschen: Der Speicher wird gelöscht; dies kann nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+62"/>
        <source>&amp;Offboard</source>
        <translation>&amp;Offboarding durchführen</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Offboard %1</source>
        <translation>Offboarding von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offboarding &lt;b&gt;%1&lt;/b&gt; of the customer %2 stops its recording, removes its bots and frees its names. What happens to the recordings?</source>
        <translation>Das Offboarding von &lt;b&gt;%1&lt;/b&gt; des Kunden %2 beendet die Aufzeichnung, entfernt die Bots und gibt die Namen frei. Was soll mit den Aufzeichnungen geschehen?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep the recordings</source>
        <translation>Aufzeichnungen behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the recordings now</source>
        <translation>Aufzeichnungen jetzt löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Short name, typed to confirm</source>
        <translation>Kurzname zur Bestätigung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the short name &lt;b&gt;%1&lt;/b&gt; to confirm the deletion:</source>
        <translation>Geben Sie zur Bestätigung des Löschens den Kurznamen &lt;b&gt;%1&lt;/b&gt; ein:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offboard</source>
        <translation>Offboarding durchführen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Offboard and delete</source>
        <translation>&amp;Offboarding durchführen und löschen</translation>
    </message>
</context>
<context>
    <name>insights::OnboardingWizard</name>
    <message>
        <location filename="../forms/onboardingwizard.cpp" line="+39"/>
        <source>Add Interaction Recording service</source>
        <translation>Interaction Recording-Dienst hinzufügen</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Resume unfinished input?</source>
        <translation>Nicht abgeschlossene Eingabe fortsetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is unfinished input for %1 from %2. Resume it?</source>
        <translation>Es gibt eine nicht abgeschlossene Eingabe für %1 vom %2. Möchten Sie sie fortsetzen?</translation>
    </message>
</context>
<context>
    <name>insights::OperatorsDialog</name>
    <message>
        <location filename="../forms/operatorsdialog.cpp" line="+31"/>
        <location line="+14"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+12"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>&amp;Add operator</source>
        <translation>Operator &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer operators: %1</source>
        <translation>Kundenoperatoren: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer operators</source>
        <translation>Kundenoperatoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Level of the selected operator</source>
        <translation>Stufe des ausgewählten Operators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the level of the selected operator</source>
        <translation>Stufe des ausgewählten Operators ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add operator</source>
        <translation>Operator hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected operator</source>
        <translation>Ausgewählten Operator entfernen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Level of the selected &amp;operator:</source>
        <translation>Stufe des ausgewählten &amp;Operators:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+36"/>
        <source>The monitor role is read-only</source>
        <translation>Die Rolle „Monitor“ hat nur Lesezugriff</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Remove operator</source>
        <translation>Operator entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 (%2)? They can no longer log in to the platform.</source>
        <translation>%1 (%2) entfernen? Diese Person kann sich dann nicht mehr bei der Plattform anmelden.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not load the operators: %1 (press F5 to try again)</source>
        <translation>Die Operatoren konnten nicht geladen werden: %1 (drücken Sie F5, um es erneut zu versuchen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No operators yet.</source>
        <translation>Noch keine Operatoren.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Adding…</source>
        <translation>Wird hinzugefügt…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not added: %1</source>
        <translation>Nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not removed: %1</source>
        <translation>Nicht entfernt: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Changing the level of %1…</source>
        <translation>Stufe von %1 wird geändert…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level not changed: %1</source>
        <translation>Stufe nicht geändert: %1</translation>
    </message>
</context>
<context>
    <name>insights::ReviewPage</name>
    <message>
        <location filename="../forms/reviewpage.cpp" line="+23"/>
        <source>&amp;Deploy</source>
        <translation>&amp;Bereitstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Review &amp; Deploy</source>
        <translation>Überprüfen &amp; bereitstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the settings, then deploy. Deploying can take a few minutes; you may close the wizard, the deployment continues.</source>
        <translation>Überprüfen Sie die Einstellungen und stellen Sie den Dienst dann bereit. Die Bereitstellung kann einige Minuten dauern; Sie können den Assistenten schließen, die Bereitstellung wird fortgesetzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deploy</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deployment steps</source>
        <translation>Bereitstellungsschritte</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant Management</source>
        <translation>Mandantenverwaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer (M365 Tenant) Name</source>
        <translation>Kundenname (M365-Mandant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short Company Name</source>
        <translation>Firmenkurzname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact Email Addresses</source>
        <translation>Kontakt-E-Mail-Adressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator UPNs</source>
        <translation>Administrator-UPNs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User Type</source>
        <translation>Benutzertyp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pro</source>
        <translation>Pro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Essential</source>
        <translation>Essential</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence type</source>
        <translation>Lizenztyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Included Users</source>
        <translation>Enthaltene Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage Location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BYOS</source>
        <translation>BYOS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlimited Retention</source>
        <translation>Unbegrenzte Aufbewahrung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliance Exception Features</source>
        <translation>Compliance-Ausnahmefunktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control MSFT Teams Recording Notifications</source>
        <translation>Aufzeichnungsbenachrichtigungen von Microsoft Teams steuern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled (waiver %1)</source>
        <translation>Aktiviert (Verzichtserklärung %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete Calling Recordings</source>
        <translation>Anrufaufzeichnungen löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced Storage</source>
        <translation>Advanced Storage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled: replica in %1</source>
        <translation>Aktiviert: Replikat in %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Creating the service…</source>
        <translation>Der Dienst wird erstellt…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server refused some values: %1</source>
        <translation>Der Server hat einige Werte abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Deploying…</source>
        <translation>Wird bereitgestellt…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot see the deployment&apos;s progress: %1. Trying again…</source>
        <translation>Der Fortschritt der Bereitstellung ist nicht abrufbar: %1. Neuer Versuch…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The deployment failed.</source>
        <translation>Die Bereitstellung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deployed; reading the Quick Start link…</source>
        <translation>Bereitgestellt; der Quick Start-Link wird gelesen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deployed without storage: this server has no storage account for the location, so its containers are only planned (see Server settings). The customer must now grant its consents in the Quick Start wizard. Continue for the link.</source>
        <translation>Ohne Speicher bereitgestellt: Dieser Server hat für den Speicherort kein Speicherkonto, daher sind die Container nur geplant (siehe Servereinstellungen). Der Kunde muss nun im Quick Start-Assistenten seine Zustimmungen erteilen. Klicken Sie auf „Weiter“, um den Link zu erhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deployed. The customer must now grant its consents in the Quick Start wizard. Continue for the link.</source>
        <translation>Bereitgestellt. Der Kunde muss nun im Quick Start-Assistenten seine Zustimmungen erteilen. Klicken Sie auf „Weiter“, um den Link zu erhalten.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 — planned only: no storage account is configured there</source>
        <translation>%1 — nur geplant: Dort ist kein Speicherkonto konfiguriert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — skipped: not for Essential</source>
        <translation>%1 — übersprungen: nicht für Essential</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Deploying again…</source>
        <translation>Erneute Bereitstellung…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;Not deployed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Nicht bereitgestellt:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>insights::SelectCustomerPage</name>
    <message>
        <location filename="../forms/selectcustomerpage.cpp" line="+20"/>
        <source>Ne&amp;w customer…</source>
        <translation>&amp;Neuer Kunde…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select Customer</source>
        <translation>Kunde auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the customer that gets the Interaction Recording service. Only customers without a service are listed.</source>
        <translation>Wählen Sie den Kunden aus, der den Interaction Recording-Dienst erhält. Es werden nur Kunden ohne Dienst aufgeführt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+40"/>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No customer without a service yet: create one with New customer…</source>
        <translation>Noch kein Kunde ohne Dienst: Erstellen Sie einen mit „Neuer Kunde…“</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Display name of the customer:</source>
        <translation>Anzeigename des Kunden:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>Not created: %1</source>
        <translation>Nicht erstellt: %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Creating %1…</source>
        <translation>%1 wird erstellt…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Created %1.</source>
        <translation>%1 erstellt.</translation>
    </message>
</context>
<context>
    <name>insights::ServerCapabilitiesLabel</name>
    <message>
        <location filename="../app/serversettings.cpp" line="+57"/>
        <source>Mail: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mail: not configured</source>
        <translation>E-Mail: nicht konfiguriert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage: not provisioned</source>
        <translation>Speicher: nicht bereitgestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storage: 1 location</source>
        <translation>Speicher: 1 Speicherort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage: %1 locations</source>
        <translation>Speicher: %1 Speicherorte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1
Click for the server&apos;s settings (File → Server settings…)</source>
        <translation>%1
Klicken Sie hier für die Einstellungen des Servers (Datei → Servereinstellungen…)</translation>
    </message>
</context>
<context>
    <name>insights::ServerSettingsDialog</name>
    <message>
        <location line="+45"/>
        <source>Server settings</source>
        <translation>Servereinstellungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The console runs its own backend on this computer (the embedded default). It sends no mail and provisions no storage: for that, run insights-server as a team server with the options below, then connect to it (File → Connect to a server…).</source>
        <translation>Die Konsole führt ihr eigenes Backend auf diesem Computer aus (die eingebettete Standardeinstellung). Es sendet keine E-Mails und stellt keinen Speicher bereit: Führen Sie dafür insights-server als Teamserver mit den unten stehenden Optionen aus und verbinden Sie sich dann damit (Datei → Mit einem Server verbinden…).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How %1 was started. Only its administrator can change it.</source>
        <translation>So wurde %1 gestartet. Nur der Administrator des Servers kann dies ändern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite (one instance)</source>
        <translation>SQLite (eine Instanz)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mail server:</source>
        <translation>Mailserver:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent as:</source>
        <translation>Gesendet als:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed deployments to:</source>
        <translation>Fehlgeschlagene Bereitstellungen an:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody (no --notify-address)</source>
        <translation>niemanden (kein --notify-address)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+26"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Not configured: Quick Start emails wait in the outbox until a mail server is set.</source>
        <translation>Nicht konfiguriert: Quick Start-E-Mails warten im Postausgang, bis ein Mailserver festgelegt ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+26"/>
        <source>Needs:</source>
        <translation>Erforderlich:</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>(STARTTLS when offered), or smtps://HOST:465</source>
        <translation>(STARTTLS, sofern angeboten) oder smtps://HOST:465</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sender</source>
        <translation>der Absender</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>if the mail server asks for them</source>
        <translation>falls der Mailserver sie anfordert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>where failed deployments are reported</source>
        <translation>wohin fehlgeschlagene Bereitstellungen gemeldet werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Locations with an account:</source>
        <translation>Speicherorte mit einem Konto:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storage used is measured every:</source>
        <translation>Messintervall für belegten Speicher:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not provisioned: deployments plan their containers but create none.</source>
        <translation>Nicht bereitgestellt: Bereitstellungen planen ihre Container, erstellen aber keine.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a JSON object from storage-location id (westeurope, northeurope, … as in the Storage Location list) to {&quot;serviceUrl&quot;: &quot;https://ACCOUNT.blob.core.windows.net&quot;, &quot;sas&quot;: &quot;sv=…&quot;}, an account SAS that may create, list, read, write and delete</source>
        <translation>ein JSON-Objekt, das Speicherort-IDs (westeurope, northeurope, … wie in der Liste „Speicherort“) auf {&quot;serviceUrl&quot;: &quot;https://ACCOUNT.blob.core.windows.net&quot;, &quot;sas&quot;: &quot;sv=…&quot;} abbildet, mit einer Konto-SAS, die erstellen, auflisten, lesen, schreiben und löschen darf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A customer&apos;s own storage (Bring your own storage) needs none of this: add its container in Edit the service… → Own storage.</source>
        <translation>Der eigene Speicher eines Kunden (Bring your own storage) benötigt nichts davon: Fügen Sie seinen Container unter „Dienst bearbeiten… → Eigener Speicher“ hinzu.</translation>
    </message>
</context>
<context>
    <name>insights::ServiceActions</name>
    <message>
        <location filename="../app/serviceactions.cpp" line="+27"/>
        <source>&amp;Add Interaction Recording service…</source>
        <translation>Interaction Recording-Dienst &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit the service…</source>
        <translation>Dienst &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer &amp;operators…</source>
        <translation>Kunden&amp;operatoren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operators…</source>
        <translation>Operatoren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename or &amp;describe the customer…</source>
        <translation>Kunden &amp;umbenennen oder beschreiben…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy Quick Start link</source>
        <translation>Quick Start-Link &amp;kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;pen Quick Start page in the browser</source>
        <translation>Quick Start-Seite im Browser ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;send Quick Start email</source>
        <translation>Quick Start-E-Mail erneut &amp;senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Retry the deploy</source>
        <translation>Bereitstellung erneut &amp;versuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Suspend the service…</source>
        <translation>Dienst &amp;aussetzen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspend…</source>
        <translation>Aussetzen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reac&amp;tivate the service</source>
        <translation>Dienst &amp;reaktivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactivate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off&amp;board the service…</source>
        <translation>&amp;Offboarding des Dienstes durchführen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete the customer…</source>
        <translation>Kunden &amp;löschen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show audit &amp;trail</source>
        <translation>Über&amp;wachungsprotokoll anzeigen</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1 — not now: %2</source>
        <translation>%1 — derzeit nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the monitor role is read-only</source>
        <translation>die Rolle „Monitor“ hat nur Lesezugriff</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>select a customer first</source>
        <translation>wählen Sie zuerst einen Kunden aus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the customer was deleted</source>
        <translation>der Kunde wurde gelöscht</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>reading the service</source>
        <translation>der Dienst wird gelesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the customer already has a service</source>
        <translation>der Kunde hat bereits einen Dienst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the service is being offboarded</source>
        <translation>für den Dienst läuft das Offboarding</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>not onboarded yet</source>
        <translation>noch kein Onboarding</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+1"/>
        <location line="+4"/>
        <source>no Quick Start link yet</source>
        <translation>noch kein Quick Start-Link</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only a failed deploy can be retried</source>
        <translation>nur eine fehlgeschlagene Bereitstellung kann erneut versucht werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>wait until the current operation ends</source>
        <translation>warten Sie, bis der aktuelle Vorgang abgeschlossen ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offboard its service first</source>
        <translation>führen Sie zuerst das Offboarding seines Dienstes durch</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved the customer %1.</source>
        <translation>Kunde %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copied the Quick Start link of %1.</source>
        <translation>Der Quick Start-Link von %1 wurde kopiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open the Quick Start page of %1</source>
        <translation>Die Quick Start-Seite von %1 öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No web browser could be started on this computer. Use Copy Quick Start link and paste the link into a browser, or send it to the customer.</source>
        <translation>Auf diesem Computer konnte kein Webbrowser gestartet werden. Verwenden Sie „Quick Start-Link kopieren“ und fügen Sie den Link in einen Browser ein, oder senden Sie ihn dem Kunden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Send the Quick Start email of %1 again to its contact %2?</source>
        <translation>Die Quick Start-E-Mail von %1 erneut an den Kontakt %2 senden?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the Quick Start email of %1 again to its %2 contacts: %3?</source>
        <translation>Die Quick Start-E-Mail von %1 erneut an die %2 Kontakte senden: %3?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Resend the Quick Start email of %1</source>
        <translation>Quick Start-E-Mail von %1 erneut senden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queued the Quick Start email of %1 to its contact.</source>
        <translation>Die Quick Start-E-Mail von %1 an den Kontakt wurde in die Warteschlange gestellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued the Quick Start email of %1 to %2 contacts.</source>
        <translation>Die Quick Start-E-Mail von %1 an %2 Kontakte wurde in die Warteschlange gestellt.</translation>
    </message>
    <message>
        <location filename="../app/serviceactionsflows.cpp" line="+22"/>
        <source>Retry the deploy of %1</source>
        <translation>Bereitstellung von %1 erneut versuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deploying %1 again…</source>
        <translation>%1 wird erneut bereitgestellt…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Suspended %1: its recording stops.</source>
        <translation>%1 ausgesetzt: Die Aufzeichnung wird beendet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reactivate %1</source>
        <translation>%1 reaktivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactivate %1 of the customer %2? Its recording starts again.</source>
        <translation>%1 des Kunden %2 reaktivieren? Die Aufzeichnung wird wieder aufgenommen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reactivated %1: it waits for the customer&apos;s consents.</source>
        <translation>%1 reaktiviert: wartet auf die Zustimmungen des Kunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactivated %1.</source>
        <translation>%1 reaktiviert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Offboard %1</source>
        <translation>Offboarding von %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: started.</source>
        <translation>%1: gestartet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the customer %1 and its operators? This cannot be undone.</source>
        <translation>Den Kunden %1 und seine Operatoren löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: done.</source>
        <translation>%1: erledigt.</translation>
    </message>
</context>
<context>
    <name>insights::ServiceTableModel</name>
    <message>
        <location filename="../models/servicetablemodel.cpp" line="+112"/>
        <source>(deleted customer)</source>
        <translation>(gelöschter Kunde)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant name</source>
        <translation>Mandantenname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence type</source>
        <translation>Lizenztyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User type</source>
        <translation>Benutzertyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storage location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replica region</source>
        <translation>Replikatregion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deployment status</source>
        <translation>Bereitstellungsstatus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>1 deleted service</source>
        <translation>1 gelöschter Dienst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 deleted services</source>
        <translation>%1 gelöschte Dienste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 service</source>
        <translation>1 Dienst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 services</source>
        <translation>%1 Dienste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>insights::ServicesPage</name>
    <message>
        <location filename="../app/servicespage.cpp" line="+16"/>
        <location line="+5"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
</context>
<context>
    <name>insights::SignInDialog</name>
    <message>
        <location filename="../forms/signindialog.cpp" line="+19"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the &amp;embedded local backend</source>
        <translation>&amp;Eingebettetes lokales Backend verwenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in to a server</source>
        <translation>Bei einem Server anmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the embedded local backend</source>
        <translation>Eingebettetes lokales Backend verwenden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Serveradresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrong user name or password.</source>
        <translation>Falscher Benutzername oder falsches Kennwort.</translation>
    </message>
</context>
<context>
    <name>insights::StorageLocationModel</name>
    <message>
        <location filename="../models/storagelocationmodel.cpp" line="+42"/>
        <source>%1 (no paired region)</source>
        <translation>%1 (keine gekoppelte Region)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paired with %1: can carry Advanced Storage (Pro)</source>
        <translation>Gekoppelt mit %1: unterstützt Advanced Storage (Pro)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No paired region: not available for Pro tenants</source>
        <translation>Keine gekoppelte Region: für Pro-Mandanten nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>insights::SuspendDialog</name>
    <message>
        <location filename="../forms/suspenddialog.cpp" line="+24"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Short name, typed to confirm</source>
        <translation>Kurzname zur Bestätigung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Suspend</source>
        <translation>&amp;Aussetzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suspend %1</source>
        <translation>%1 aussetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspending &lt;b&gt;%1&lt;/b&gt; of the customer %2 stops its call recording. Nothing is deleted: its settings, consents and recordings stay, and &lt;i&gt;Reactivate&lt;/i&gt; starts it again.</source>
        <translation>Das Aussetzen von &lt;b&gt;%1&lt;/b&gt; des Kunden %2 beendet die Anrufaufzeichnung. Es wird nichts gelöscht: Einstellungen, Zustimmungen und Aufzeichnungen bleiben erhalten, und &lt;i&gt;Reaktivieren&lt;/i&gt; startet den Dienst wieder.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Invoice 2026-118 unpaid</source>
        <translation>z. B. Rechnung 2026-118 unbezahlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspend</source>
        <translation>Aussetzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the short name &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Geben Sie den Kurznamen &lt;b&gt;%1&lt;/b&gt; ein:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Suspending %1…</source>
        <translation>%1 wird ausgesetzt…</translation>
    </message>
</context>
<context>
    <name>insights::SyncEngine</name>
    <message>
        <location filename="../models/syncengine.cpp" line="+77"/>
        <source>last sync %1</source>
        <translation>letzte Synchronisierung %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not synced yet</source>
        <translation>noch nicht synchronisiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starting · %1</source>
        <translation>Wird gestartet · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing… · %1</source>
        <translation>Wird synchronisiert… · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online · %1</source>
        <translation>Online · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline since %1 · %2</source>
        <translation>Offline seit %1 · %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed out · %1</source>
        <translation>Abgemeldet · %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>the page&apos;s cursor is not what its last bytes said</source>
        <translation>der Cursor der Seite ist nicht der, den ihre letzten Bytes angaben</translation>
    </message>
    <message>
        <location filename="../models/feedpage.cpp" line="+187"/>
        <source>The server&apos;s change feed was not valid JSON (%1).</source>
        <translation>Der Änderungs-Feed des Servers war kein gültiges JSON (%1).</translation>
    </message>
</context>
<context>
    <name>insights::TenantPage</name>
    <message>
        <location filename="../forms/tenantpage.cpp" line="+37"/>
        <source>Tenant Management</source>
        <translation>Mandantenverwaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer&apos;s Microsoft 365 tenant. Fields marked ⚠ cannot be modified after deployment. What you type is kept as a draft: closing the wizard loses nothing.</source>
        <translation>Der Microsoft 365-Mandant des Kunden. Mit ⚠ markierte Felder sind nach der Bereitstellung fest. Ihre Eingaben bleiben als Entwurf erhalten, auch beim Schließen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer (M365 Tenant) Name</source>
        <translation>Kundenname (M365-Mandant)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Short Company Name</source>
        <translation>Firmenkurzname</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact Email Addresses</source>
        <translation>Kontakt-E-Mail-Adressen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer Default Administrator UPNs</source>
        <translation>Standardadministrator-UPNs des Kunden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Essential: single recording</source>
        <translation>&amp;Essential: Einfachaufzeichnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User type Essential</source>
        <translation>Benutzertyp Essential</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pro: double recording with a paired bot</source>
        <translation>&amp;Pro: Doppelaufzeichnung mit gekoppeltem Bot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User type Pro</source>
        <translation>Benutzertyp Pro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pro turns on Advanced Storage (a second copy in the paired region); the customer consents to it separately.</source>
        <translation>Pro aktiviert Advanced Storage (eine zweite Kopie in der gekoppelten Region); der Kunde stimmt dem separat zu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Included Users</source>
        <translation>Enthaltene Benutzer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Allow to Exceed Included Users (not in use)</source>
        <translation>Überschreiten der enthaltenen Benutzer zulassen (nicht in Verwendung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow to Exceed Included Users, not in use</source>
        <translation>Überschreiten der enthaltenen Benutzer zulassen, nicht in Verwendung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown as in the recording platform&apos;s own form, where this option is not in use yet: it cannot be turned on.</source>
        <translation>Wird wie im Formular der Aufzeichnungsplattform angezeigt, in dem diese Option noch nicht verwendet wird: Sie kann nicht aktiviert werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Storage Location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bring Your Own Blob &amp;Storage (BYOS)</source>
        <translation>Eigenen &amp;Blob-Speicher verwenden (BYOS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring Your Own Blob Storage</source>
        <translation>Eigenen Blob-Speicher verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;The customer keeps recordings in its own Azure Blob container. After the deploy, add the container (a URL with a SAS) in Edit the service… → Own storage, where it is verified.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Kunde speichert Aufzeichnungen in seinem eigenen Azure Blob-Container. Fügen Sie nach der Bereitstellung den Container (eine URL mit SAS) unter „Dienst bearbeiten… → Eigener Speicher“ hinzu; dort wird er überprüft.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlimited &amp;Retention</source>
        <translation>Unbe&amp;grenzte Aufbewahrung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlimited Retention</source>
        <translation>Unbegrenzte Aufbewahrung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+170"/>
        <source>Cannot be modified after deployment</source>
        <translation>Kann nach der Bereitstellung nicht geändert werden</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Customer (M365 &amp;Tenant) Name:</source>
        <translation>Kundenname (M365-&amp;Mandant):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Domain:</source>
        <translation>&amp;Domäne:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;hort Company Name:</source>
        <translation>Firmen&amp;kurzname:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact E&amp;mail Addresses:</source>
        <translation>Kontakt-E-Mail-&amp;Adressen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator &amp;UPNs:</source>
        <translation>Administrator-&amp;UPNs:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User Type:</source>
        <translation>Benutzertyp:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Included Users:</source>
        <translation>Enthal&amp;tene Benutzer:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Storage &amp;Location:</source>
        <translation>Speicher&amp;ort:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tenant Management fields</source>
        <translation>Felder der Mandantenverwaltung</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+128"/>
        <source>Checking availability…</source>
        <translation>Verfügbarkeit wird geprüft…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Availability not checked: %1</source>
        <translation>Verfügbarkeit nicht geprüft: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ Available</source>
        <translation>✓ Verfügbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already used by another service</source>
        <translation>Bereits von einem anderen Dienst verwendet</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Paired region: %1</source>
        <translation>Gekoppelte Region: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No paired region: Pro is not available here.</source>
        <translation>Keine gekoppelte Region: Pro ist hier nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>At least 1 user is required: the number of licensed users from the purchase order</source>
        <translation>Mindestens 1 Benutzer ist erforderlich: die Anzahl der lizenzierten Benutzer aus der Bestellung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The customer sets any number of days in its Recording Profile.</source>
        <translation>Der Kunde legt in seinem Aufzeichnungsprofil eine beliebige Anzahl von Tagen fest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retention is capped at 24 months (default 12).</source>
        <translation>Die Aufbewahrung ist auf 24 Monate begrenzt (Standard: 12).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>insights::WaiverDialog</name>
    <message>
        <location filename="../forms/waiverdialog.cpp" line="+21"/>
        <source>Legal waiver required</source>
        <translation>Rechtliche Verzichtserklärung erforderlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;With this option on, the customer may choose in its Recording Profile whether Microsoft Teams shows the recording banner to call participants.&lt;/p&gt;&lt;p&gt;The customer must have signed a &lt;b&gt;legal waiver&lt;/b&gt; that allows you, its service provider, to control the banner. Enter the waiver&apos;s reference to confirm.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wenn diese Option aktiviert ist, kann der Kunde in seinem Aufzeichnungsprofil festlegen, ob Microsoft Teams den Gesprächsteilnehmern das Aufzeichnungsbanner anzeigt.&lt;/p&gt;&lt;p&gt;Der Kunde muss eine &lt;b&gt;rechtliche Verzichtserklärung&lt;/b&gt; unterzeichnet haben, die Ihnen als seinem Dienstanbieter erlaubt, das Banner zu steuern. Geben Sie zur Bestätigung die Referenz der Verzichtserklärung ein.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiver reference</source>
        <translation>Referenz der Verzichtserklärung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm the waiver</source>
        <translation>Verzichtserklärung bestätigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiver &amp;reference:</source>
        <translation>&amp;Referenz der Verzichtserklärung:</translation>
    </message>
</context>
<context>
    <name>insights::Workspace</name>
    <message>
        <location filename="../app/workspace.cpp" line="+49"/>
        <source>Embedded local backend</source>
        <translation>Eingebettetes lokales Backend</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not sign in to the local backend: %1</source>
        <translation>Anmeldung beim lokalen Backend nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The local backend was restarted.</source>
        <translation>Das lokale Backend wurde neu gestartet.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The local cache could not be opened: %1</source>
        <translation>Der lokale Cache konnte nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>insights::server::Problems::Problems</name>
    <message>
        <location filename="../server/resthelpers.cpp" line="+3"/>
        <source>No %1 with this id</source>
        <translation>Kein Objekt vom Typ „%1“ mit dieser ID</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+53"/>
        <source>Onboards Microsoft 365 tenants onto Interaction Recording. Without --server it runs its own local backend.</source>
        <translation>Führt das Onboarding von Microsoft 365-Mandanten für Interaction Recording durch. Ohne --server wird ein eigenes lokales Backend ausgeführt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open the console on this team server (also INSIGHTS_SERVER_URL); it asks for the password.</source>
        <translation>Öffnet die Konsole auf diesem Teamserver (auch INSIGHTS_SERVER_URL); das Kennwort wird abgefragt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user name on that server.</source>
        <translation>Der Benutzername auf diesem Server.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--server: “%1” is not an http:// or https:// address with a host.
</source>
        <translation>--server: „%1“ ist keine http://- oder https://-Adresse mit Host.
</translation>
    </message>
</context>
</TS>
