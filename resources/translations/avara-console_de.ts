<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountAction</name>
    <message>
        <source>The console closed before the server answered.</source>
        <translation>Die Konsole wurde geschlossen, bevor der Server geantwortet hat.</translation>
    </message>
    <message>
        <source>The console closed before the request was sent.</source>
        <translation>Die Konsole wurde geschlossen, bevor die Anfrage gesendet wurde.</translation>
    </message>
    <message>
        <source>The connection was closed before the request was sent.</source>
        <translation>Die Verbindung wurde geschlossen, bevor die Anfrage gesendet wurde.</translation>
    </message>
    <message>
        <source>The audit journal was closed before the action was recorded.</source>
        <translation>Das Prüfprotokoll wurde geschlossen, bevor die Aktion erfasst wurde.</translation>
    </message>
    <message>
        <source>The server answered, but the account is still active.</source>
        <translation>Der Server hat geantwortet, aber das Konto ist weiterhin aktiv.</translation>
    </message>
    <message>
        <source>The server answered, but the account is still inactive.</source>
        <translation>Der Server hat geantwortet, aber das Konto ist weiterhin inaktiv.</translation>
    </message>
    <message>
        <source>The server answered, but the account does not show the change.</source>
        <translation>Der Server hat geantwortet, aber die Änderung ist am Konto nicht zu sehen.</translation>
    </message>
    <message>
        <source>The server answered with account %1 instead of %2.</source>
        <translation>Der Server hat mit dem Konto %1 statt %2 geantwortet.</translation>
    </message>
</context>
<context>
    <name>AccountActions</name>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>Select the accounts first (Shift- or Ctrl-click, Ctrl+A for all shown).</source>
        <translation>Wählen Sie zuerst die Konten aus (Umschalt- oder Strg-Klick, Strg+A für alle angezeigten).</translation>
    </message>
    <message numerus="yes">
        <source>All %n selected account(s) are already active.</source>
        <translation>
            <numerusform>Das ausgewählte Konto ist bereits aktiv.</numerusform>
            <numerusform>Alle %n ausgewählten Konten sind bereits aktiv.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n selected account(s) are already inactive.</source>
        <translation>
            <numerusform>Das ausgewählte Konto ist bereits inaktiv.</numerusform>
            <numerusform>Alle %n ausgewählten Konten sind bereits inaktiv.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivating %n account(s)</source>
        <translation>
            <numerusform>%n Konto wird deaktiviert</numerusform>
            <numerusform>%n Konten werden deaktiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivating %n account(s)</source>
        <translation>
            <numerusform>%n Konto wird reaktiviert</numerusform>
            <numerusform>%n Konten werden reaktiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changing %n account(s)</source>
        <translation>
            <numerusform>%n Konto wird geändert</numerusform>
            <numerusform>%n Konten werden geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo done: %1 of %2 restored, %3 refused or failed.</source>
        <translation>Rückgängig gemacht: %1 von %2 wiederhergestellt, %3 abgelehnt oder fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Undo done: %1 of %2 restored.</source>
        <translation>Rückgängig gemacht: %1 von %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Done: %1 of %2 changed, %3 already so, %4 failed.</source>
        <translation>Fertig: %1 von %2 geändert, %3 schon so, %4 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 of %2 accounts could not be changed.</source>
        <translation>%1 von %2 Konten konnten nicht geändert werden.</translation>
    </message>
    <message>
        <source>Show results</source>
        <translation>Ergebnisse anzeigen</translation>
    </message>
    <message>
        <source>Deactivated %1.</source>
        <translation>%1 deaktiviert.</translation>
    </message>
    <message numerus="yes">
        <source>Deactivated %n account(s).</source>
        <translation>
            <numerusform>%n Konto deaktiviert.</numerusform>
            <numerusform>%n Konten deaktiviert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed %1.</source>
        <translation>%1 geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Changed %n account(s).</source>
        <translation>
            <numerusform>%n Konto geändert.</numerusform>
            <numerusform>%n Konten geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message numerus="yes">
        <source>Undoing %n change(s)…</source>
        <translation>
            <numerusform>%n Änderung wird rückgängig gemacht…</numerusform>
            <numerusform>%n Änderungen werden rückgängig gemacht…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reactivated %1</source>
        <translation>%1 reaktiviert</translation>
    </message>
    <message>
        <source>Deactivated %1</source>
        <translation>%1 deaktiviert</translation>
    </message>
    <message>
        <source>The server says it is active.</source>
        <translation>Laut Server ist es aktiv.</translation>
    </message>
    <message>
        <source>The server says it is inactive.</source>
        <translation>Laut Server ist es inaktiv.</translation>
    </message>
    <message>
        <source>Could not reactivate %1.</source>
        <translation>%1 konnte nicht reaktiviert werden.</translation>
    </message>
    <message>
        <source>Could not deactivate %1.</source>
        <translation>%1 konnte nicht deaktiviert werden.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Changed %1: %2</source>
        <translation>%1 geändert: %2</translation>
    </message>
    <message>
        <source>Could not change %1 (%2). %3</source>
        <translation>%1 konnte nicht geändert werden (%2). %3</translation>
    </message>
    <message>
        <source>The state shown is as of %1, from the saved copy; the server&apos;s answer will show the account as it is.</source>
        <translation>Der angezeigte Stand ist vom %1 aus der gespeicherten Kopie; die Antwort des Servers zeigt das Konto, wie es ist.</translation>
    </message>
</context>
<context>
    <name>AccountChange</name>
    <message>
        <source>Deactivating…</source>
        <translation>Wird deaktiviert…</translation>
    </message>
    <message>
        <source>Reactivating…</source>
        <translation>Wird reaktiviert…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Adding user…</source>
        <translation>Benutzer wird hinzugefügt…</translation>
    </message>
    <message>
        <source>Removing user…</source>
        <translation>Benutzer wird entfernt…</translation>
    </message>
    <message>
        <source>The server answered with account %1 instead of %2.</source>
        <translation>Der Server hat mit dem Konto %1 statt %2 geantwortet.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no “success” field.</source>
        <translation>Die Antwort des Servers enthält kein Feld „success“.</translation>
    </message>
    <message>
        <source>The server answered that it did not make the change.</source>
        <translation>Der Server hat geantwortet, dass er die Änderung nicht vorgenommen hat.</translation>
    </message>
    <message>
        <source>The account is active on the server now.</source>
        <translation>Das Konto ist auf dem Server jetzt aktiv.</translation>
    </message>
    <message>
        <source>The account is inactive on the server now.</source>
        <translation>Das Konto ist auf dem Server jetzt inaktiv.</translation>
    </message>
    <message>
        <source>the name is %1</source>
        <translation>der Name lautet jetzt %1</translation>
    </message>
    <message>
        <source>the metadata differs: %1</source>
        <translation>die Metadaten weichen ab: %1</translation>
    </message>
    <message>
        <source>Someone changed the account since: %1.</source>
        <translation>Jemand hat das Konto inzwischen geändert: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The account has %n user(s) on the server now.</source>
        <translation>
            <numerusform>Das Konto hat auf dem Server jetzt %n Benutzer.</numerusform>
            <numerusform>Das Konto hat auf dem Server jetzt %n Benutzer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>name: %1 → %2</source>
        <translation>Name: %1 → %2</translation>
    </message>
    <message>
        <source>name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>metadata: %1</source>
        <translation>Metadaten: %1</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Add user %1</source>
        <translation>Benutzer %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove user %1</source>
        <translation>Benutzer %1 entfernen</translation>
    </message>
</context>
<context>
    <name>AccountDirectory</name>
    <message>
        <source>The server answered with account %1 instead of %2.</source>
        <translation>Der Server hat mit dem Konto %1 statt %2 geantwortet.</translation>
    </message>
</context>
<context>
    <name>AccountExport</name>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
</context>
<context>
    <name>AccountLookup</name>
    <message>
        <source>Looking up %1 on the server…</source>
        <translation>%1 wird auf dem Server gesucht…</translation>
    </message>
    <message>
        <source>%1 is an organization id: look on the Organizations page (Ctrl+2).</source>
        <translation>%1 ist eine Organisations-ID: Sehen Sie auf der Seite „Organisationen“ nach (Strg+2).</translation>
    </message>
    <message>
        <source>%1 is an Express customer id: look on the Express customers page (Ctrl+1).</source>
        <translation>%1 ist eine Express-Kunden-ID: Sehen Sie auf der Seite „Express-Kunden“ nach (Strg+1).</translation>
    </message>
    <message>
        <source>There is no Express customer %1 on this server.</source>
        <translation>Auf diesem Server gibt es keinen Express-Kunden %1.</translation>
    </message>
    <message>
        <source>There is no organization %1 on this server.</source>
        <translation>Auf diesem Server gibt es keine Organisation %1.</translation>
    </message>
</context>
<context>
    <name>AccountStatus</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>%1 (last change failed)</source>
        <translation>%1 (Änderung gescheitert)</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>%1 (the last change failed; this is what the server reports)</source>
        <translation>%1 (die letzte Änderung ist fehlgeschlagen; dies meldet der Server)</translation>
    </message>
    <message>
        <source>Not reported by the server</source>
        <translation>Vom Server nicht gemeldet</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>API-Schlüssel %1</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>%1, no longer on the server</source>
        <translation>%1, nicht mehr auf dem Server</translation>
    </message>
    <message>
        <source>%1, as of the saved copy, not yet confirmed</source>
        <translation>%1, Stand der gespeicherten Kopie, noch nicht bestätigt</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Express customers</source>
        <translation>Express-Kunden</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>This server has no organizations.

Newer Avara servers group accounts as Express customers only; the Express customers page lists them.</source>
        <translation>Dieser Server hat keine Organisationen.

Neuere Avara-Server führen Konten nur als Express-Kunden; die Seite „Express-Kunden“ listet sie auf.</translation>
    </message>
    <message>
        <source>Deactivate selected…</source>
        <translation>Ausgewählte deaktivieren…</translation>
    </message>
    <message>
        <source>Reactivate selected…</source>
        <translation>Ausgewählte reaktivieren…</translation>
    </message>
    <message>
        <source>This server has no organizations</source>
        <translation>Dieser Server hat keine Organisationen</translation>
    </message>
    <message>
        <source>%1 accounts · %2 shown · %3 inactive</source>
        <translation>%1 Konten · %2 angezeigt · %3 inaktiv</translation>
    </message>
    <message>
        <source> · loading…</source>
        <translation> · wird geladen…</translation>
    </message>
    <message>
        <source> · loaded %1</source>
        <translation> · geladen um %1</translation>
    </message>
    <message>
        <source>Export the shown accounts</source>
        <translation>Angezeigte Konten exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting accounts…</source>
        <translation>Konten werden exportiert…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to %1</source>
        <translation>
            <numerusform>%n Konto nach %1 exportiert</numerusform>
            <numerusform>%n Konten nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Export nicht möglich: %1</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>Loading cancelled; %1 accounts loaded.</source>
        <translation>Laden abgebrochen; %1 Konten geladen.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Could not read %1 from the server: %2</source>
        <translation>%1 konnte nicht vom Server gelesen werden: %2</translation>
    </message>
    <message>
        <source>Found %1</source>
        <translation>%1 gefunden</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 ausgewählt</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n selected…</source>
        <translation>
            <numerusform>%n ausgewähltes Konto deaktivieren…</numerusform>
            <numerusform>%n ausgewählte Konten deaktivieren…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %n selected…</source>
        <translation>
            <numerusform>%n ausgewähltes Konto reaktivieren…</numerusform>
            <numerusform>%n ausgewählte Konten reaktivieren…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n id(s)</source>
        <translation>
            <numerusform>%n ID kopieren</numerusform>
            <numerusform>%n IDs kopieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n id(s)</source>
        <translation>
            <numerusform>%n ID kopiert</numerusform>
            <numerusform>%n IDs kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Select all shown</source>
        <translation>Alle angezeigten auswählen</translation>
    </message>
    <message>
        <source>Could not load all Express customers: %1</source>
        <translation>Nicht alle Express-Kunden konnten geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not load all organizations: %1</source>
        <translation>Nicht alle Organisationen konnten geladen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message numerus="yes">
        <source>Set metadata value on %n selected…</source>
        <translation>
            <numerusform>Metadatenwert für %n ausgewähltes Konto setzen…</numerusform>
            <numerusform>Metadatenwert für %n ausgewählte Konten setzen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove metadata key from %n selected…</source>
        <translation>
            <numerusform>Metadatenschlüssel aus %n ausgewähltem Konto entfernen…</numerusform>
            <numerusform>Metadatenschlüssel aus %n ausgewählten Konten entfernen…</numerusform>
        </translation>
    </message>
    <message>
        <source> · as of %1 · checking…</source>
        <translation> · Stand %1 · wird geprüft…</translation>
    </message>
    <message>
        <source> · as of %1, not confirmed by the server</source>
        <translation> · Stand %1, vom Server nicht bestätigt</translation>
    </message>
    <message>
        <source>No longer on the server: shown as the saved copy had it.</source>
        <translation>Nicht mehr auf dem Server: so angezeigt, wie die gespeicherte Kopie es enthielt.</translation>
    </message>
    <message>
        <source>As of %1, from the saved copy; the server has not confirmed it yet.</source>
        <translation>Stand %1 aus der gespeicherten Kopie; der Server hat es noch nicht bestätigt.</translation>
    </message>
    <message>
        <source>Show changes</source>
        <translation>Änderungen anzeigen</translation>
    </message>
    <message>
        <source>Showing only what changed. %1</source>
        <translation>Es wird nur angezeigt, was sich geändert hat. %1</translation>
    </message>
    <message>
        <source>Show all accounts</source>
        <translation>Alle Konten anzeigen</translation>
    </message>
    <message>
        <source>Copied a link to %1</source>
        <translation>Link zu %1 kopiert</translation>
    </message>
    <message>
        <source>Copy &amp;link to account</source>
        <translation>&amp;Link zum Konto kopieren</translation>
    </message>
    <message>
        <source>Copy link to this &amp;view</source>
        <translation>Link zu dieser &amp;Ansicht kopieren</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <source>Express customers</source>
        <translation>Express-Kunden</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
</context>
<context>
    <name>ActionQueue</name>
    <message>
        <source>&quot;%1&quot; is not a valid account id.</source>
        <translation>„%1“ ist keine gültige Konto-ID.</translation>
    </message>
    <message>
        <source>This change is not for an account of this list.</source>
        <translation>Diese Änderung betrifft kein Konto dieser Liste.</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No data arrived for %1 seconds.</source>
        <translation>Seit %1 Sekunden sind keine Daten eingetroffen.</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>kein Inhaltstyp</translation>
    </message>
    <message>
        <source>Expected a JSON response, got %1.</source>
        <translation>JSON-Antwort erwartet, erhalten: %1.</translation>
    </message>
    <message>
        <source>The response was larger than the limit of %1 bytes.</source>
        <translation>Die Antwort überschritt die Grenze von %1 Byte.</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The server address &quot;%1&quot; is not a complete https:// address.</source>
        <translation>Die Serveradresse „%1“ ist keine vollständige https://-Adresse.</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password.</source>
        <translation>Die Serveradresse darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>Refusing to send the API key unencrypted to %1: use https://, or http:// only for a server on this computer.</source>
        <translation>Der API-Schlüssel wird nicht unverschlüsselt an %1 gesendet: Verwenden Sie https://, und http:// nur für einen Server auf diesem Computer.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (it starts with %1://).</source>
        <translation>Die Serveradresse muss mit https:// beginnen (sie beginnt mit %1://).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 id.</source>
        <translation>„%1“ ist keine gültige %2.</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>Express-Kunden-ID</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>Organisations-ID</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The account id is not valid, so nothing was sent.</source>
        <translation>Die Konto-ID ist ungültig, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The server address is not secure, so nothing was sent.</source>
        <translation>Die Serveradresse ist nicht sicher, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so nothing was sent.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Could not connect to the server.</source>
        <translation>Keine Verbindung zum Server möglich.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The server rejected the request as malformed (HTTP %1).</source>
        <translation>Der Server hat die Anfrage als fehlerhaft abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The server rejected the API key (HTTP %1).</source>
        <translation>Der Server hat den API-Schlüssel abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The API key is not allowed to do this (HTTP %1).</source>
        <translation>Der API-Schlüssel ist dazu nicht berechtigt (HTTP %1).</translation>
    </message>
    <message>
        <source>The server does not know this account (HTTP %1).</source>
        <translation>Der Server kennt dieses Konto nicht (HTTP %1).</translation>
    </message>
    <message>
        <source>The request conflicted with another change (HTTP %1).</source>
        <translation>Die Anfrage stand im Konflikt mit einer anderen Änderung (HTTP %1).</translation>
    </message>
    <message>
        <source>The server could not process the request (HTTP %1).</source>
        <translation>Der Server konnte die Anfrage nicht verarbeiten (HTTP %1).</translation>
    </message>
    <message>
        <source>The server is limiting the request rate (HTTP %1).</source>
        <translation>Der Server begrenzt die Anzahl der Anfragen (HTTP %1).</translation>
    </message>
    <message>
        <source>The server failed with an internal error (HTTP %1).</source>
        <translation>Auf dem Server ist ein interner Fehler aufgetreten (HTTP %1).</translation>
    </message>
    <message>
        <source>The server gave an unexpected answer (HTTP %1).</source>
        <translation>Der Server hat unerwartet geantwortet (HTTP %1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large to accept.</source>
        <translation>Die Antwort des Servers war zu groß, um sie anzunehmen.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The action could not be recorded in the audit journal, so nothing was sent.</source>
        <translation>Die Aktion konnte nicht im Prüfprotokoll erfasst werden, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>(%1 attempts)</source>
        <translation>(%1 Versuche)</translation>
    </message>
    <message>
        <source>Check the id: it is cus_ or org_ followed by 32 lowercase hexadecimal digits.</source>
        <translation>Prüfen Sie die ID: Sie besteht aus cus_ oder org_ gefolgt von 32 Hexadezimalziffern in Kleinbuchstaben.</translation>
    </message>
    <message>
        <source>Use an https:// address; plain http:// is allowed only for a server on this computer.</source>
        <translation>Verwenden Sie eine https://-Adresse; unverschlüsseltes http:// ist nur für einen Server auf diesem Computer erlaubt.</translation>
    </message>
    <message>
        <source>Check the server address. If it is right, the server&apos;s certificate must be fixed, or its authority added to this computer&apos;s trusted certificates.</source>
        <translation>Prüfen Sie die Serveradresse. Wenn sie stimmt, muss das Zertifikat des Servers korrigiert oder seine Zertifizierungsstelle zu den vertrauenswürdigen Zertifikaten dieses Computers hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Check the network and the server address, then try again. If a change was being made, refresh the account to see whether it took effect.</source>
        <translation>Prüfen Sie das Netzwerk und die Serveradresse und versuchen Sie es dann erneut. Falls gerade eine Änderung vorgenommen wurde, laden Sie das Konto neu, um zu sehen, ob sie wirksam wurde.</translation>
    </message>
    <message>
        <source>Try again in a moment. If a change was being made, refresh the account to see whether it took effect.</source>
        <translation>Versuchen Sie es gleich noch einmal. Falls gerade eine Änderung vorgenommen wurde, laden Sie das Konto neu, um zu sehen, ob sie wirksam wurde.</translation>
    </message>
    <message>
        <source>The console sent something the server does not accept; please report this with the message shown.</source>
        <translation>Die Konsole hat etwas gesendet, das der Server nicht akzeptiert; bitte melden Sie dies zusammen mit der angezeigten Meldung.</translation>
    </message>
    <message>
        <source>Check the API key and connect again.</source>
        <translation>Prüfen Sie den API-Schlüssel und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>Use an API key that has access to this account, or ask an administrator.</source>
        <translation>Verwenden Sie einen API-Schlüssel mit Zugriff auf dieses Konto, oder wenden Sie sich an einen Administrator.</translation>
    </message>
    <message>
        <source>Reload the list: the account may have been removed, or the id is wrong.</source>
        <translation>Laden Sie die Liste neu: Das Konto wurde möglicherweise entfernt, oder die ID ist falsch.</translation>
    </message>
    <message>
        <source>Refresh the account and try again.</source>
        <translation>Laden Sie das Konto neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Wait a minute, then try again.</source>
        <translation>Warten Sie eine Minute und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Try again later. If it keeps happening, contact Avara support.</source>
        <translation>Versuchen Sie es später erneut. Wenn der Fehler weiterhin auftritt, wenden Sie sich an den Avara-Support.</translation>
    </message>
    <message>
        <source>Check that the server address points to the Avara API. If it does, please report this with the message shown.</source>
        <translation>Prüfen Sie, ob die Serveradresse auf die Avara API verweist. Falls ja, melden Sie dies bitte zusammen mit der angezeigten Meldung.</translation>
    </message>
    <message>
        <source>Nothing to do: the request was stopped on purpose.</source>
        <translation>Nichts zu tun: Die Anfrage wurde absichtlich gestoppt.</translation>
    </message>
    <message>
        <source>Check that the disk has free space and the audit journal can be written, then try again.</source>
        <translation>Prüfen Sie, ob auf dem Datenträger Platz frei ist und das Prüfprotokoll geschrieben werden kann, und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>AuditHistoryModel</name>
    <message>
        <source>No outcome recorded</source>
        <translation>Kein Ergebnis erfasst</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Succeeded (confirmed after no answer)</source>
        <translation>Erfolgreich (nach ausgebliebener Antwort bestätigt)</translation>
    </message>
    <message>
        <source>Failed (confirmed after no answer)</source>
        <translation>Fehlgeschlagen (nach ausgebliebener Antwort bestätigt)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source> · HTTP %1</source>
        <translation> · HTTP %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>AuditJournal</name>
    <message>
        <source>Cannot write to the audit journal %1: %2</source>
        <translation>In das Prüfprotokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the audit journal %1: %2</source>
        <translation>Das Prüfprotokoll %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the audit journal %1: %2</source>
        <translation>Das Prüfprotokoll %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 damaged lines of the audit journal were skipped (line %2).</source>
        <translation>Beschädigte Zeilen des Prüfprotokolls übersprungen: %1 (Zeile %2).</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>unbekannter Benutzer</translation>
    </message>
</context>
<context>
    <name>BulkAction</name>
    <message>
        <source>This is not a valid account id.</source>
        <translation>Dies ist keine gültige Konto-ID.</translation>
    </message>
    <message>
        <source>The account is not loaded.</source>
        <translation>Das Konto ist nicht geladen.</translation>
    </message>
    <message>
        <source>A newer request for this account replaced it before it was sent.</source>
        <translation>Eine neuere Anfrage für dieses Konto hat sie vor dem Senden ersetzt.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Reaktiviert</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Already so</source>
        <translation>Bereits so</translation>
    </message>
    <message>
        <source>Already active</source>
        <translation>Bereits aktiv</translation>
    </message>
    <message>
        <source>Already inactive</source>
        <translation>Bereits inaktiv</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled, not sent</source>
        <translation>Abgebrochen, nicht gesendet</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>BulkConfirmDialog</name>
    <message>
        <source>Reactivate accounts</source>
        <translation>Konten reaktivieren</translation>
    </message>
    <message>
        <source>Deactivate accounts</source>
        <translation>Konten deaktivieren</translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %n Express customer(s)?</source>
        <translation>
            <numerusform>%n Express-Kunden reaktivieren?</numerusform>
            <numerusform>%n Express-Kunden reaktivieren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %n organization(s)?</source>
        <translation>
            <numerusform>%n Organisation reaktivieren?</numerusform>
            <numerusform>%n Organisationen reaktivieren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n Express customer(s)?</source>
        <translation>
            <numerusform>%n Express-Kunden deaktivieren?</numerusform>
            <numerusform>%n Express-Kunden deaktivieren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n organization(s)?</source>
        <translation>
            <numerusform>%n Organisation deaktivieren?</numerusform>
            <numerusform>%n Organisationen deaktivieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Konten:</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres Konto</numerusform>
            <numerusform>… und %n weitere Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>Including:</source>
        <translation>Darunter:</translation>
    </message>
    <message numerus="yes">
        <source>%n selected account(s) already active: left as they are.</source>
        <translation>
            <numerusform>%n ausgewähltes Konto ist bereits aktiv und bleibt unverändert.</numerusform>
            <numerusform>%n ausgewählte Konten sind bereits aktiv und bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected account(s) already inactive: left as they are.</source>
        <translation>
            <numerusform>%n ausgewähltes Konto ist bereits inaktiv und bleibt unverändert.</numerusform>
            <numerusform>%n ausgewählte Konten sind bereits inaktiv und bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Type the number of accounts to confirm</source>
        <translation>Geben Sie zur Bestätigung die Anzahl der Konten ein</translation>
    </message>
    <message>
        <source>Type &amp;%1 to confirm:</source>
        <translation>Zur Bestätigung &amp;%1 eingeben:</translation>
    </message>
    <message>
        <source>Their users can be assigned new studies again.</source>
        <translation>Ihren Benutzern können wieder neue Studien zugewiesen werden.</translation>
    </message>
    <message>
        <source>Their users can no longer be assigned new studies. No data is deleted; you can undo this for a few seconds afterwards, and from the history.</source>
        <translation>Ihren Benutzern können keine neuen Studien mehr zugewiesen werden. Es werden keine Daten gelöscht; Sie können dies danach einige Sekunden lang und später über den Verlauf rückgängig machen.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Reactivate %n</source>
        <translation>
            <numerusform>%n Konto &amp;reaktivieren</numerusform>
            <numerusform>%n Konten &amp;reaktivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Deactivate %n</source>
        <translation>
            <numerusform>%n Konto &amp;deaktivieren</numerusform>
            <numerusform>%n Konten &amp;deaktivieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkMetadataDialog</name>
    <message>
        <source>Set a metadata value</source>
        <translation>Einen Metadatenwert setzen</translation>
    </message>
    <message>
        <source>Remove a metadata key</source>
        <translation>Einen Metadatenschlüssel entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Set a metadata value on %n selected account(s)</source>
        <translation>
            <numerusform>Einen Metadatenwert für %n ausgewähltes Konto setzen</numerusform>
            <numerusform>Einen Metadatenwert für %n ausgewählte Konten setzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove a metadata key from %n selected account(s)</source>
        <translation>
            <numerusform>Einen Metadatenschlüssel aus %n ausgewähltem Konto entfernen</numerusform>
            <numerusform>Einen Metadatenschlüssel aus %n ausgewählten Konten entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Metadata key to set</source>
        <translation>Zu setzender Metadatenschlüssel</translation>
    </message>
    <message>
        <source>Metadata key to remove</source>
        <translation>Zu entfernender Metadatenschlüssel</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Metadata value</source>
        <translation>Metadatenwert</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>Keys have 1 to %1 characters and are case-sensitive; values have up to %2 characters.</source>
        <translation>Schlüssel haben 1 bis %1 Zeichen und unterscheiden Groß- und Kleinschreibung; Werte haben bis zu %2 Zeichen.</translation>
    </message>
    <message>
        <source>Keys are case-sensitive.</source>
        <translation>Schlüssel unterscheiden Groß- und Kleinschreibung.</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Zusammenfassung:</translation>
    </message>
    <message>
        <source>For example:</source>
        <translation>Zum Beispiel:</translation>
    </message>
    <message>
        <source>Example of the change on one account</source>
        <translation>Beispiel der Änderung an einem Konto</translation>
    </message>
    <message>
        <source>Type the number of accounts to confirm</source>
        <translation>Geben Sie zur Bestätigung die Anzahl der Konten ein</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Key: %1.</source>
        <translation>Schlüssel: %1.</translation>
    </message>
    <message>
        <source>Value: %1.</source>
        <translation>Wert: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) will change.</source>
        <translation>
            <numerusform>%n Konto wird geändert.</numerusform>
            <numerusform>%n Konten werden geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already have this value and are left alone.</source>
        <translation>
            <numerusform>%n hat diesen Wert bereits und bleibt unverändert.</numerusform>
            <numerusform>%n haben diesen Wert bereits und bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n do not have this key and are left alone.</source>
        <translation>
            <numerusform>%n hat diesen Schlüssel nicht und bleibt unverändert.</numerusform>
            <numerusform>%n haben diesen Schlüssel nicht und bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already have %1 pairs and are left alone: the key would be one too many.</source>
        <translation>
            <numerusform>%n hat bereits %1 Paare und bleibt unverändert: der Schlüssel wäre einer zu viel.</numerusform>
            <numerusform>%n haben bereits %1 Paare und bleiben unverändert: der Schlüssel wäre einer zu viel.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no account changes)</source>
        <translation>(kein Konto ändert sich)</translation>
    </message>
    <message>
        <source>Type &amp;%1 to confirm:</source>
        <translation>Zur Bestätigung &amp;%1 eingeben:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Set on %n account(s)</source>
        <translation>
            <numerusform>Für %n Konto &amp;setzen</numerusform>
            <numerusform>Für %n Konten &amp;setzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;move from %n account(s)</source>
        <translation>
            <numerusform>Aus %n Konto ent&amp;fernen</numerusform>
            <numerusform>Aus %n Konten ent&amp;fernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkProgressDialog</name>
    <message>
        <source>&amp;Cancel remaining</source>
        <translation>&amp;Verbleibende abbrechen</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>&amp;Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Result per account</source>
        <translation>Ergebnis je Konto</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <source>%1 reactivated</source>
        <translation>%1 reaktiviert</translation>
    </message>
    <message>
        <source>%1 deactivated</source>
        <translation>%1 deaktiviert</translation>
    </message>
    <message>
        <source>%1 already active</source>
        <translation>%1 bereits aktiv</translation>
    </message>
    <message>
        <source>%1 already inactive</source>
        <translation>%1 bereits inaktiv</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>%1 abgebrochen</translation>
    </message>
    <message>
        <source>The failed rows say why; their accounts show what the server last reported. Retry them, or close.</source>
        <translation>Die fehlgeschlagenen Zeilen nennen den Grund; ihre Konten zeigen, was der Server zuletzt gemeldet hat. Wiederholen Sie sie oder schließen Sie das Fenster.</translation>
    </message>
</context>
<context>
    <name>ChangeSummary</name>
    <message>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>reactivated</source>
        <translation>reaktiviert</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>name: %1 → %2</source>
        <translation>Name: %1 → %2</translation>
    </message>
    <message>
        <source>users %1 → %2</source>
        <translation>Benutzer %1 → %2</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>metadata: %1</source>
        <translation>Metadaten: %1</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>heute %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday, time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date, time</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n deactivated</source>
        <translation>
            <numerusform>%n deaktiviert</numerusform>
            <numerusform>%n deaktiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reactivated</source>
        <translation>
            <numerusform>%n reaktiviert</numerusform>
            <numerusform>%n reaktiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gone</source>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited</source>
        <translation>
            <numerusform>%n bearbeitet</numerusform>
            <numerusform>%n bearbeitet</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes since %1</source>
        <translation>Keine Änderungen seit %1</translation>
    </message>
    <message>
        <source>Since %1: %2</source>
        <translation>Seit %1: %2</translation>
    </message>
</context>
<context>
    <name>CompositionRoot</name>
    <message>
        <source>Avara Console</source>
        <translation>Avara Console</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>The saved API key could not be read from the keychain: %1</source>
        <translation>Der gespeicherte API-Schlüssel konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start on 127.0.0.1.</source>
        <translation>Die eingebaute Sandbox konnte auf 127.0.0.1 nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>The API key could not be saved in the system keychain, so you will be asked for it next time.

%1</source>
        <translation>Der API-Schlüssel konnte nicht im Systemschlüsselbund gespeichert werden; Sie werden beim nächsten Mal erneut danach gefragt.

%1</translation>
    </message>
    <message>
        <source>Could not open the link: %1</source>
        <translation>Der Link konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The link is for the connection profile “%1”, which this console does not have.</source>
        <translation>Der Link gehört zum Verbindungsprofil „%1“, das diese Konsole nicht hat.</translation>
    </message>
</context>
<context>
    <name>ConfirmDeactivationDialog</name>
    <message>
        <source>Deactivate customer</source>
        <translation>Express-Kunden deaktivieren</translation>
    </message>
    <message>
        <source>Deactivate organization</source>
        <translation>Organisation deaktivieren</translation>
    </message>
    <message>
        <source>Deactivate this Express customer?</source>
        <translation>Diesen Express-Kunden deaktivieren?</translation>
    </message>
    <message>
        <source>Deactivate this organization?</source>
        <translation>Diese Organisation deaktivieren?</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message numerus="yes">
        <source>Its %n user(s) can no longer be assigned new studies. No data is deleted, and the account can be reactivated later.</source>
        <translation>
            <numerusform>Seinem Benutzer können keine neuen Studien mehr zugewiesen werden. Es werden keine Daten gelöscht, und das Konto kann später reaktiviert werden.</numerusform>
            <numerusform>Seinen %n Benutzern können keine neuen Studien mehr zugewiesen werden. Es werden keine Daten gelöscht, und das Konto kann später reaktiviert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Remember the key in the system keychain</source>
        <translation>Schlüssel im Systemschlüsselbund speichern</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connect to Avara</source>
        <translation>Mit Avara verbinden</translation>
    </message>
    <message>
        <source>Connect to an Avara API server with an API key, or open the built-in sandbox to try the console with made-up accounts.</source>
        <translation>Verbinden Sie sich mit einem API-Schlüssel mit einem Avara-API-Server, oder öffnen Sie die eingebaute Sandbox, um die Konsole mit erfundenen Konten auszuprobieren.</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Production, Staging, … (the server&apos;s name when empty)</source>
        <translation>Produktion, Staging, … (leer: Name des Servers)</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>The key from the Avara dashboard</source>
        <translation>Der Schlüssel aus dem Avara-Dashboard</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Profil&amp;name:</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;API-Schlüssel:</translation>
    </message>
    <message>
        <source>Open the &amp;sandbox</source>
        <translation>Sand&amp;box öffnen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Enter the server&apos;s URL, for example https://api.avarasoftware.com.</source>
        <translation>Geben Sie die URL des Servers ein, zum Beispiel https://api.avarasoftware.com.</translation>
    </message>
    <message>
        <source>Enter an API key.</source>
        <translation>Geben Sie einen API-Schlüssel ein.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfiles</name>
    <message>
        <source>Enter a name for the profile, for example Production or Staging.</source>
        <translation>Geben Sie einen Namen für das Profil ein, zum Beispiel Produktion oder Staging.</translation>
    </message>
    <message>
        <source>The profile name is too long (at most %1 characters).</source>
        <translation>Der Profilname ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>The profile name must not contain control characters.</source>
        <translation>Der Profilname darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>There is already a profile called “%1”.</source>
        <translation>Es gibt bereits ein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>The colour must be written as #rrggbb.</source>
        <translation>Die Farbe muss als #rrggbb angegeben werden.</translation>
    </message>
    <message>
        <source>The profile “%1” no longer exists.</source>
        <translation>Das Profil „%1“ existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>ConsoleLink</name>
    <message>
        <source>The link is longer than %1 characters; it is not a console link.</source>
        <translation>Der Link ist länger als %1 Zeichen; er ist kein Konsolen-Link.</translation>
    </message>
    <message>
        <source>The link holds control characters.</source>
        <translation>Der Link enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>Not an Avara Console link: it does not start with %1.</source>
        <translation>Kein Avara-Console-Link: Er beginnt nicht mit %1.</translation>
    </message>
    <message>
        <source>The link has a fragment (#…), which console links never have.</source>
        <translation>Der Link hat ein Fragment (#…), das Konsolen-Links nie haben.</translation>
    </message>
    <message>
        <source>An account link has nothing after the account ID.</source>
        <translation>Nach der Konto-ID steht in einem Konto-Link nichts mehr.</translation>
    </message>
    <message>
        <source>The link does not end in an Express customer ID (cus_ and 32 hex digits).</source>
        <translation>Der Link endet nicht mit einer Express-Kunden-ID (cus_ und 32 Hexziffern).</translation>
    </message>
    <message>
        <source>The link does not end in an organization ID (org_ and 32 hex digits).</source>
        <translation>Der Link endet nicht mit einer Organisations-ID (org_ und 32 Hexziffern).</translation>
    </message>
    <message>
        <source>The console opens express/, orgs/ and view links, not %1.</source>
        <translation>Die Konsole öffnet express/-, orgs/- und view-Links, nicht %1.</translation>
    </message>
    <message>
        <source>A view link has no path; its filter follows ?q=.</source>
        <translation>Ein Ansichts-Link hat keinen Pfad; sein Filter folgt auf ?q=.</translation>
    </message>
    <message>
        <source>The link holds a value that is not valid UTF-8.</source>
        <translation>Der Link enthält einen Wert, der kein gültiges UTF-8 ist.</translation>
    </message>
    <message>
        <source>A view link takes profile= and q=, not %1=.</source>
        <translation>Ein Ansichts-Link nimmt profile= und q=, nicht %1=.</translation>
    </message>
    <message>
        <source>The link names %1= twice.</source>
        <translation>Der Link nennt %1= zweimal.</translation>
    </message>
    <message>
        <source>A view link needs a filter: ?q=…</source>
        <translation>Ein Ansichts-Link braucht einen Filter: ?q=…</translation>
    </message>
    <message>
        <source>The link&apos;s filter is longer than %1 characters.</source>
        <translation>Der Filter des Links ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The link&apos;s filter holds control characters.</source>
        <translation>Der Filter des Links enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>The link&apos;s profile name is too long or holds control characters.</source>
        <translation>Der Profilname des Links ist zu lang oder enthält Steuerzeichen.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Deactivate…</source>
        <translation>Deaktivieren…</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <source>Select an account to see its details.</source>
        <translation>Wählen Sie ein Konto aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Copy metadata</source>
        <translation>Metadaten kopieren</translation>
    </message>
    <message>
        <source>Account details</source>
        <translation>Kontodetails</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>Copy account ID</source>
        <translation>Konto-ID kopieren</translation>
    </message>
    <message>
        <source>Copy the account ID to the clipboard</source>
        <translation>Konto-ID in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>The server sent no time.</source>
        <translation>Der Server hat keine Zeit gesendet.</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Konto deaktivieren</translation>
    </message>
    <message>
        <source>Reactivate account</source>
        <translation>Konto reaktivieren</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n metadata pair(s)</source>
        <translation>
            <numerusform>%n Metadaten-Paar kopiert</numerusform>
            <numerusform>%n Metadaten-Paare kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Remove user…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Edit the name and metadata</source>
        <translation>Name und Metadaten bearbeiten</translation>
    </message>
    <message>
        <source>Edit the name and metadata (F2)</source>
        <translation>Name und Metadaten bearbeiten (F2)</translation>
    </message>
    <message>
        <source>Add users to this customer</source>
        <translation>Benutzer zu diesem Kunden hinzufügen</translation>
    </message>
    <message>
        <source>Remove users from this customer</source>
        <translation>Benutzer von diesem Kunden entfernen</translation>
    </message>
    <message>
        <source>Where this comes from</source>
        <translation>Herkunft der Angaben</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Copy link to account</source>
        <translation>Link zum Konto kopieren</translation>
    </message>
    <message>
        <source>Copy an avara-console:// link that opens this account, for a ticket or a chat</source>
        <translation>Einen avara-console://-Link kopieren, der dieses Konto öffnet, für ein Ticket oder einen Chat</translation>
    </message>
    <message>
        <source>By API key:</source>
        <translation>Von API-Schlüssel:</translation>
    </message>
    <message>
        <source>By user:</source>
        <translation>Von Benutzer:</translation>
    </message>
</context>
<context>
    <name>DialogParts</name>
    <message>
        <source>PRODUCTION (%1)</source>
        <translation>PRODUKTION (%1)</translation>
    </message>
    <message>
        <source>Optional: a ticket number or why (kept in the history)</source>
        <translation>Optional: Ticketnummer oder Grund (wird im Verlauf gespeichert)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Server wird gefragt…</translation>
    </message>
    <message>
        <source>Connected: the server accepted the key.</source>
        <translation>Verbunden: Der Server hat den Schlüssel akzeptiert.</translation>
    </message>
</context>
<context>
    <name>EditAccountDialog</name>
    <message>
        <source>Key of pair %1</source>
        <translation>Schlüssel von Paar %1</translation>
    </message>
    <message>
        <source>Value of pair %1</source>
        <translation>Wert von Paar %1</translation>
    </message>
    <message>
        <source>Edit Express customer</source>
        <translation>Express-Kunden bearbeiten</translation>
    </message>
    <message>
        <source>Edit organization</source>
        <translation>Organisation bearbeiten</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>Re&amp;view changes…</source>
        <translation>Änderungen &amp;prüfen…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Edit this Express customer</source>
        <translation>Diesen Express-Kunden bearbeiten</translation>
    </message>
    <message>
        <source>Edit this organization</source>
        <translation>Diese Organisation bearbeiten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Metadata:</source>
        <translation>&amp;Metadaten:</translation>
    </message>
    <message>
        <source>&amp;Add pair</source>
        <translation>Paar &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a metadata pair</source>
        <translation>Ein Metadatenpaar hinzufügen</translation>
    </message>
    <message>
        <source>R&amp;emove pair</source>
        <translation>Paar &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the selected metadata pair</source>
        <translation>Das ausgewählte Metadatenpaar entfernen</translation>
    </message>
    <message>
        <source>Add pair</source>
        <translation>Paar hinzufügen</translation>
    </message>
    <message>
        <source>Remove pair</source>
        <translation>Paar entfernen</translation>
    </message>
    <message>
        <source>Keys have 1 to %1 characters and are case-sensitive; values have up to %2 characters.</source>
        <translation>Schlüssel haben 1 bis %1 Zeichen und unterscheiden Groß- und Kleinschreibung; Werte haben bis zu %2 Zeichen.</translation>
    </message>
    <message>
        <source>Save these changes to this Express customer?</source>
        <translation>Diese Änderungen an diesem Express-Kunden speichern?</translation>
    </message>
    <message>
        <source>Save these changes to this organization?</source>
        <translation>Diese Änderungen an dieser Organisation speichern?</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>Changes to be saved</source>
        <translation>Zu speichernde Änderungen</translation>
    </message>
    <message>
        <source>Only the fields listed are sent. If someone changes them on the server before this is saved, you are asked again.</source>
        <translation>Nur die aufgeführten Felder werden gesendet. Ändert jemand sie auf dem Server, bevor dies gespeichert ist, werden Sie erneut gefragt.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>The metadata has %1 pairs; at most %2 are allowed.</source>
        <translation>Die Metadaten haben %1 Paare; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>Pair %1: %2.</source>
        <translation>Paar %1: %2.</translation>
    </message>
    <message>
        <source>Pair %1: the key %2 is already on pair %3 (keys are case-sensitive).</source>
        <translation>Paar %1: der Schlüssel %2 steht schon in Paar %3 (Schlüssel unterscheiden Groß- und Kleinschreibung).</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… und %n weiteres Problem.</numerusform>
            <numerusform>… und %n weitere Probleme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n pair(s)</source>
        <translation>
            <numerusform>%1 von %n Paar</numerusform>
            <numerusform>%1 von %n Paaren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>The account changed on the server</source>
        <translation>Das Konto wurde auf dem Server geändert</translation>
    </message>
    <message>
        <source>Someone changed this account while you were editing it</source>
        <translation>Jemand hat dieses Konto geändert, während Sie es bearbeitet haben</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>Your version, the server&apos;s and the one you started from</source>
        <translation>Ihre Fassung, die des Servers und die, mit der Sie begonnen haben</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation>Jetzt auf dem Server</translation>
    </message>
    <message>
        <source>When you started</source>
        <translation>Als Sie begonnen haben</translation>
    </message>
    <message>
        <source>&amp;Keep the server&apos;s</source>
        <translation>Die des Servers &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Apply mine anyway</source>
        <translation>&amp;Meine trotzdem übernehmen</translation>
    </message>
    <message>
        <source>Nothing was sent. “Apply mine anyway” sends your version of these fields, replacing what is on the server now.</source>
        <translation>Es wurde nichts gesendet. „Meine trotzdem übernehmen“ sendet Ihre Fassung dieser Felder und ersetzt, was jetzt auf dem Server steht.</translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Local server %1</source>
        <translation>Lokaler Server %1</translation>
    </message>
</context>
<context>
    <name>FieldDiff</name>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>FilterCompleter</name>
    <message>
        <source>Filter terms</source>
        <translation>Filterbegriffe</translation>
    </message>
</context>
<context>
    <name>FilterExpression</name>
    <message>
        <source>This ) has no ( to close</source>
        <translation>Zu dieser ) gibt es keine passende (</translation>
    </message>
    <message>
        <source>Put a term before &quot;%1&quot;</source>
        <translation>Setzen Sie einen Suchbegriff vor „%1“</translation>
    </message>
    <message>
        <source>Put a term after &quot;%1&quot;</source>
        <translation>Setzen Sie einen Suchbegriff nach „%1“</translation>
    </message>
    <message>
        <source>Put a term here</source>
        <translation>Setzen Sie hier einen Suchbegriff ein</translation>
    </message>
    <message>
        <source>Nested too deeply: at most %1 levels of ( and -</source>
        <translation>Zu tief verschachtelt: höchstens %1 Ebenen aus ( und -</translation>
    </message>
    <message>
        <source>Put a term right after -</source>
        <translation>Setzen Sie direkt hinter - einen Suchbegriff</translation>
    </message>
    <message>
        <source>Put a term between the parentheses</source>
        <translation>Setzen Sie einen Suchbegriff zwischen die Klammern</translation>
    </message>
    <message>
        <source>This ( is never closed</source>
        <translation>Diese ( wird nie geschlossen</translation>
    </message>
    <message>
        <source>Too many terms: at most %1</source>
        <translation>Zu viele Suchbegriffe: höchstens %1</translation>
    </message>
    <message>
        <source>users needs a whole number, as in users&gt;10</source>
        <translation>users braucht eine ganze Zahl, etwa users&gt;10</translation>
    </message>
    <message>
        <source>Compare an age with &lt; or &gt;, as in %1&lt;90d (younger than 90 days)</source>
        <translation>Vergleichen Sie ein Alter mit &lt; oder &gt;, etwa %1&lt;90d (jünger als 90 Tage)</translation>
    </message>
    <message>
        <source>%1 needs an age such as 90d (h, d, w or y) or a date such as 2025-01-31</source>
        <translation>%1 braucht ein Alter wie 90d (h, d, w oder y) oder ein Datum wie 2025-01-31</translation>
    </message>
    <message>
        <source>Text compares with :, = or !=</source>
        <translation>Text wird mit :, = oder != verglichen</translation>
    </message>
    <message>
        <source>Metadata compares with :, = or !=</source>
        <translation>Metadaten werden mit :, = oder != verglichen</translation>
    </message>
    <message>
        <source>A filter holds at most %1 characters</source>
        <translation>Ein Filter umfasst höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>Half a character (a lone UTF-16 surrogate) cannot be searched for</source>
        <translation>Nach einem halben Zeichen (einem einzelnen UTF-16-Surrogat) kann nicht gesucht werden</translation>
    </message>
    <message>
        <source>An invisible control character (U+%1) cannot be searched for</source>
        <translation>Nach einem unsichtbaren Steuerzeichen (U+%1) kann nicht gesucht werden</translation>
    </message>
    <message>
        <source>A hidden direction mark (U+%1) can make a filter read differently from what it does; put text that holds one in quotes</source>
        <translation>Eine verborgene Richtungsmarke (U+%1) kann einen Filter anders aussehen lassen, als er wirkt; setzen Sie Text, der eine enthält, in Anführungszeichen</translation>
    </message>
    <message>
        <source>In quotes a backslash only escapes &quot; or \; write \\ for a backslash</source>
        <translation>In Anführungszeichen maskiert ein Backslash nur &quot; oder \; schreiben Sie \\ für einen Backslash</translation>
    </message>
    <message>
        <source>This quote is never closed</source>
        <translation>Dieses Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>Put a space after the closing quote</source>
        <translation>Setzen Sie ein Leerzeichen hinter das schließende Anführungszeichen</translation>
    </message>
    <message>
        <source>Put =, !=, or : right after the quoted key</source>
        <translation>Setzen Sie =, != oder : direkt hinter den Schlüssel in Anführungszeichen</translation>
    </message>
    <message>
        <source>Name a metadata key after &quot;meta.&quot;, as in meta.region=EU</source>
        <translation>Nennen Sie nach „meta.“ einen Metadaten-Schlüssel, etwa meta.region=EU</translation>
    </message>
    <message>
        <source>%1 needs a value right after it</source>
        <translation>%1 braucht direkt danach einen Wert</translation>
    </message>
    <message>
        <source>%1 compares with :, = or !=</source>
        <translation>%1 wird mit :, = oder != verglichen</translation>
    </message>
    <message>
        <source>%1 is %2 or %3</source>
        <translation>%1 ist %2 oder %3</translation>
    </message>
</context>
<context>
    <name>FilterSyntaxHelp</name>
    <message>
        <source>Filter syntax</source>
        <translation>Filtersyntax</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;code&gt;acme clinic&lt;/code&gt;&lt;/td&gt;&lt;td&gt;name, ID or metadata contains the words&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;name:acme&lt;/code&gt; &lt;code&gt;name=&quot;Acme Clinic&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;name contains / is&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;id:cus_12&lt;/code&gt;&lt;/td&gt;&lt;td&gt;ID contains&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;status:active&lt;/code&gt; &lt;code&gt;status:inactive&lt;/code&gt;&lt;/td&gt;&lt;td&gt;status&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;users&amp;gt;10&lt;/code&gt; &lt;code&gt;users&amp;lt;=3&lt;/code&gt; &lt;code&gt;users=5&lt;/code&gt;&lt;/td&gt;&lt;td&gt;number of users&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;created&amp;lt;90d&lt;/code&gt; &lt;code&gt;updated&amp;gt;2025-01-01&lt;/code&gt;&lt;/td&gt;&lt;td&gt;less than 90 days ago (h, d, w, y); after a day (UTC)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;meta.region=EU&lt;/code&gt; &lt;code&gt;meta.region:eu&lt;/code&gt; &lt;code&gt;meta.tier!=basic&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a metadata value is / contains / is not&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;meta.contractId:missing&lt;/code&gt; &lt;code&gt;:present&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a key is absent / present&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;createdby:apikey&lt;/code&gt; &lt;code&gt;createdby:user&lt;/code&gt;&lt;/td&gt;&lt;td&gt;how it was created&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;a b&lt;/code&gt; &lt;code&gt;a or b&lt;/code&gt; &lt;code&gt;-a&lt;/code&gt; &lt;code&gt;(a or b) c&lt;/code&gt;&lt;/td&gt;&lt;td&gt;and, or, not, grouping&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;code&gt;acme clinic&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Name, ID oder Metadaten enthalten die Wörter&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;name:acme&lt;/code&gt; &lt;code&gt;name=&quot;Acme Clinic&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Name enthält / ist&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;id:cus_12&lt;/code&gt;&lt;/td&gt;&lt;td&gt;ID enthält&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;status:active&lt;/code&gt; &lt;code&gt;status:inactive&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Status&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;users&amp;gt;10&lt;/code&gt; &lt;code&gt;users&amp;lt;=3&lt;/code&gt; &lt;code&gt;users=5&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Anzahl der Benutzer&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;created&amp;lt;90d&lt;/code&gt; &lt;code&gt;updated&amp;gt;2025-01-01&lt;/code&gt;&lt;/td&gt;&lt;td&gt;vor weniger als 90 Tagen (h, d, w, y); nach einem Tag (UTC)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;meta.region=EU&lt;/code&gt; &lt;code&gt;meta.region:eu&lt;/code&gt; &lt;code&gt;meta.tier!=basic&lt;/code&gt;&lt;/td&gt;&lt;td&gt;ein Metadatenwert ist / enthält / ist nicht&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;meta.contractId:missing&lt;/code&gt; &lt;code&gt;:present&lt;/code&gt;&lt;/td&gt;&lt;td&gt;ein Schlüssel fehlt / ist vorhanden&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;createdby:apikey&lt;/code&gt; &lt;code&gt;createdby:user&lt;/code&gt;&lt;/td&gt;&lt;td&gt;wie es erstellt wurde&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;a b&lt;/code&gt; &lt;code&gt;a or b&lt;/code&gt; &lt;code&gt;-a&lt;/code&gt; &lt;code&gt;(a or b) c&lt;/code&gt;&lt;/td&gt;&lt;td&gt;und, oder, nicht, Gruppierung&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Filter expressions</source>
        <translation>Filterausdrücke</translation>
    </message>
    <message>
        <source>Example: &lt;code&gt;meta.region=EU users&amp;gt;10 created&amp;lt;90d&lt;/code&gt;. Save what you found with Views → Save current view (Ctrl+Shift+S).</source>
        <translation>Beispiel: &lt;code&gt;meta.region=EU users&amp;gt;10 created&amp;lt;90d&lt;/code&gt;. Speichern Sie, was Sie gefunden haben, mit Ansichten → Aktuelle Ansicht speichern (Strg+Umschalt+S).</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Filter by user, account, action, outcome or reason</source>
        <translation>Nach Benutzer, Konto, Aktion, Ergebnis oder Grund filtern</translation>
    </message>
    <message>
        <source>Filter history</source>
        <translation>Verlauf filtern</translation>
    </message>
    <message>
        <source>Undo the selected change</source>
        <translation>Ausgewählte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s).</source>
        <translation>
            <numerusform>%n Zeile exportiert.</numerusform>
            <numerusform>%n Zeilen exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Export nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>IdListBar</name>
    <message>
        <source>Copy unknown ids</source>
        <translation>Unbekannte IDs kopieren</translation>
    </message>
    <message>
        <source>Show all accounts</source>
        <translation>Alle Konten anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n unknown id(s)</source>
        <translation>
            <numerusform>%n unbekannte ID kopiert</numerusform>
            <numerusform>%n unbekannte IDs kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Looking up %n id(s) from “%1”…</source>
        <translation>
            <numerusform>%n ID aus „%1“ wird gesucht…</numerusform>
            <numerusform>%n IDs aus „%1“ werden gesucht…</numerusform>
        </translation>
    </message>
    <message>
        <source>List “%1”: %2 of %3 found</source>
        <translation>Liste „%1“: %2 von %3 gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n not on this server: %1</source>
        <translation>
            <numerusform>%n nicht auf diesem Server: %1</numerusform>
            <numerusform>%n nicht auf diesem Server: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be looked up: %1</source>
        <translation>
            <numerusform>%n konnte nicht gesucht werden: %1</numerusform>
            <numerusform>%n konnten nicht gesucht werden: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>system keychain</source>
        <translation>Systemschlüsselbund</translation>
    </message>
</context>
<context>
    <name>LoadingStrip</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Loading accounts</source>
        <translation>Konten werden geladen</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Laden abbrechen</translation>
    </message>
    <message>
        <source>Loading Express customers…</source>
        <translation>Express-Kunden werden geladen…</translation>
    </message>
    <message>
        <source>Loading organizations…</source>
        <translation>Organisationen werden geladen…</translation>
    </message>
    <message>
        <source>Loaded %1 accounts…</source>
        <translation>%1 Konten geladen…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SANDBOX · local test data, nothing here is real · %1</source>
        <translation>SANDBOX · lokale Testdaten, nichts hier ist echt · %1</translation>
    </message>
    <message>
        <source>LOCAL SERVER · %1</source>
        <translation>LOKALER SERVER · %1</translation>
    </message>
    <message>
        <source>PRODUCTION · %1 · changes affect real accounts</source>
        <translation>PRODUKTION · %1 · Änderungen betreffen echte Konten</translation>
    </message>
    <message>
        <source>Avara Console — PRODUCTION %1</source>
        <translation>Avara Console — PRODUKTION %1</translation>
    </message>
    <message>
        <source>Avara Console — %1</source>
        <translation>Avara Console — %1</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Switch connection profile</source>
        <translation>Verbindungsprofil wechseln</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Cancel loading</source>
        <translation>Laden &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Export shown accounts to CSV…</source>
        <translation>Angezeigte Konten als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Open list of IDs…</source>
        <translation>ID-Liste ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Show the accounts of a text or CSV file of IDs, ready for an action on all of them</source>
        <translation>Zeigt die Konten aus einer Text- oder CSV-Datei mit IDs an, bereit für eine gemeinsame Aktion</translation>
    </message>
    <message>
        <source>&amp;Paste list of IDs</source>
        <translation>ID-Liste aus der &amp;Zwischenablage einfügen</translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Deactivate or reactivate</source>
        <translation>&amp;Deaktivieren oder reaktivieren</translation>
    </message>
    <message>
        <source>Flip the current account&apos;s status (Space in the table does the same)</source>
        <translation>Schaltet den Status des aktuellen Kontos um (die Leertaste in der Tabelle tut dasselbe)</translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation>ID &amp;kopieren</translation>
    </message>
    <message>
        <source>Select &amp;all shown</source>
        <translation>&amp;Alle angezeigten auswählen</translation>
    </message>
    <message>
        <source>D&amp;eactivate selected…</source>
        <translation>Ausgewählte d&amp;eaktivieren…</translation>
    </message>
    <message>
        <source>&amp;Reactivate selected…</source>
        <translation>Ausgewählte &amp;reaktivieren…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Avara Console</source>
        <translation>&amp;Über Avara Console</translation>
    </message>
    <message>
        <source>About Avara Console</source>
        <translation>Über Avara Console</translation>
    </message>
    <message>
        <source>Avara Console %1

Find, inspect, deactivate and reactivate Avara accounts.

Connected to: %2</source>
        <translation>Avara Console %1

Avara-Konten finden, prüfen, deaktivieren und reaktivieren.

Verbunden mit: %2</translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation>API-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>The server at %1 rejected the API key (HTTP 401).
Enter a valid API key to continue:</source>
        <translation>Der Server unter %1 hat den API-Schlüssel abgelehnt (HTTP 401).
Geben Sie einen gültigen API-Schlüssel ein, um fortzufahren:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>No Express customer or organization IDs in %1.</source>
        <translation>Keine Express-Kunden- oder Organisations-IDs in „%1“.</translation>
    </message>
    <message>
        <source>The file is larger than 16 MB; a list of IDs is much smaller.</source>
        <translation>Die Datei ist größer als 16 MB; eine ID-Liste ist viel kleiner.</translation>
    </message>
    <message>
        <source>The file holds no Express customer or organization IDs.</source>
        <translation>Die Datei enthält keine Express-Kunden- oder Organisations-IDs.</translation>
    </message>
    <message>
        <source>Open a list of IDs</source>
        <translation>ID-Liste öffnen</translation>
    </message>
    <message>
        <source>Lists of IDs (*.txt *.csv *.tsv);;All files (*)</source>
        <translation>ID-Listen (*.txt *.csv *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open list of IDs</source>
        <translation>ID-Liste öffnen</translation>
    </message>
    <message>
        <source>Could not use %1: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Account kinds</source>
        <translation>Kontoarten</translation>
    </message>
    <message>
        <source>&amp;Edit name and metadata…</source>
        <translation>Name und Metadaten &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Add &amp;users…</source>
        <translation>&amp;Benutzer hinzufügen…</translation>
    </message>
    <message>
        <source>Remove u&amp;sers…</source>
        <translation>Benutzer ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Set &amp;metadata value on selected…</source>
        <translation>&amp;Metadatenwert für ausgewählte setzen…</translation>
    </message>
    <message>
        <source>Remove metadata &amp;key from selected…</source>
        <translation>Metadaten&amp;schlüssel aus ausgewählten entfernen…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Nothing to undo here; the history (Ctrl+H) can undo older changes.</source>
        <translation>Hier gibt es nichts rückgängig zu machen; im Verlauf (Strg+H) lassen sich ältere Änderungen rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Keep an encrypted copy of the accounts on this computer</source>
        <translation>Verschlüsselte &amp;Kopie der Konten auf diesem Computer behalten</translation>
    </message>
    <message>
        <source>The next start shows every account at once and checks it with the server in the background. Turning this off deletes the copies.</source>
        <translation>Der nächste Start zeigt alle Konten sofort an und prüft sie im Hintergrund beim Server. Ausschalten löscht die Kopien.</translation>
    </message>
    <message>
        <source>&amp;Forget the saved copy of this connection</source>
        <translation>Gespeicherte Kopie dieser Verbindung &amp;vergessen</translation>
    </message>
    <message>
        <source>The saved copy of this connection was deleted.</source>
        <translation>Die gespeicherte Kopie dieser Verbindung wurde gelöscht.</translation>
    </message>
    <message>
        <source>Copy &amp;link to this view</source>
        <translation>&amp;Link zu dieser Ansicht kopieren</translation>
    </message>
    <message>
        <source>Copied a link to this view</source>
        <translation>Link zu dieser Ansicht kopiert</translation>
    </message>
    <message>
        <source>Copy an avara-console:// link that opens this search on this connection profile</source>
        <translation>Einen avara-console://-Link kopieren, der diese Suche in diesem Verbindungsprofil öffnet</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>The view was not saved: %1</source>
        <translation>Die Ansicht wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved the view “%1”</source>
        <translation>Ansicht „%1“ gespeichert</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of the view (its filter, status, sort and columns on %1):</source>
        <translation>Name der Ansicht (Filter, Status, Sortierung und Spalten auf %1):</translation>
    </message>
    <message>
        <source>There is a view called “%1” already. Replace it?</source>
        <translation>Es gibt bereits eine Ansicht „%1“. Ersetzen?</translation>
    </message>
    <message>
        <source>Showing the view “%1”</source>
        <translation>Ansicht „%1“ wird angezeigt</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>The link shows a view of the connection profile “%1”, but the console is connected to %2.

Switch to “%1”?</source>
        <translation>Der Link zeigt eine Ansicht des Verbindungsprofils „%1“, aber die Konsole ist mit %2 verbunden.

Zu „%1“ wechseln?</translation>
    </message>
    <message>
        <source>Saved the view “%1” (%2)</source>
        <translation>Ansicht „%1“ gespeichert (%2)</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>MetadataRules</name>
    <message>
        <source>The name needs at least 1 character.</source>
        <translation>Der Name braucht mindestens 1 Zeichen.</translation>
    </message>
    <message>
        <source>the key is empty; a key needs at least 1 character</source>
        <translation>der Schlüssel ist leer; ein Schlüssel braucht mindestens 1 Zeichen</translation>
    </message>
    <message>
        <source>the key has %1 characters; at most %2 are allowed</source>
        <translation>der Schlüssel hat %1 Zeichen; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>the value has %1 characters; at most %2 are allowed</source>
        <translation>der Wert hat %1 Zeichen; höchstens %2 sind erlaubt</translation>
    </message>
</context>
<context>
    <name>NoticeStrip</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Pager</name>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Das Laden wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Page %1 of the list: %2</source>
        <translation>Seite %1 der Liste: %2</translation>
    </message>
    <message>
        <source>The server returned a cursor it had returned before (page %1).</source>
        <translation>Der Server hat einen Cursor zurückgegeben, den er schon einmal geliefert hatte (Seite %1).</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>Co&amp;nnection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <source>Switches the window to another server (Ctrl+Shift+P)</source>
        <translation>Schaltet das Fenster auf einen anderen Server um (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Switch to another connection profile (Ctrl+Shift+P)</source>
        <translation>Zu einem anderen Verbindungsprofil wechseln (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Manage profiles…</source>
        <translation>Profile verwalten…</translation>
    </message>
    <message>
        <source>There is no connection profile called “%1”.</source>
        <translation>Es gibt kein Verbindungsprofil namens „%1“.</translation>
    </message>
    <message>
        <source>The saved key could not be read from the %1: %2</source>
        <translation>Der gespeicherte Schlüssel konnte nicht aus dem %1 gelesen werden: %2</translation>
    </message>
    <message>
        <source>API key for %1</source>
        <translation>API-Schlüssel für %1</translation>
    </message>
    <message>
        <source>No API key is saved for the profile “%1” (%2).
Enter its API key; it is kept in the %3.</source>
        <translation>Für das Profil „%1“ (%2) ist kein API-Schlüssel gespeichert.
Geben Sie seinen API-Schlüssel ein; er wird im %3 aufbewahrt.</translation>
    </message>
    <message>
        <source>Enter the API key of the profile “%1” (%2).</source>
        <translation>Geben Sie den API-Schlüssel des Profils „%1“ (%2) ein.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>The API key could not be saved: %1</source>
        <translation>Der API-Schlüssel konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The connection was not switched: actions are still under way.</source>
        <translation>Die Verbindung wurde nicht gewechselt: Es laufen noch Aktionen.</translation>
    </message>
    <message>
        <source>Switched to %1</source>
        <translation>Zu %1 gewechselt</translation>
    </message>
    <message>
        <source>Switch connection</source>
        <translation>Verbindung wechseln</translation>
    </message>
    <message>
        <source>Deactivations or reactivations on %1 are still under way. If you switch to %2 now, their outcome stays unknown (the history will say so).

Switch anyway?</source>
        <translation>Auf %1 laufen noch Deaktivierungen oder Reaktivierungen. Wenn Sie jetzt zu %2 wechseln, bleibt ihr Ergebnis unbekannt (der Verlauf vermerkt das).

Trotzdem wechseln?</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>Profil &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Co&amp;nnect now</source>
        <translation>Jetzt &amp;verbinden</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Production, Staging, …</source>
        <translation>Produktion, Staging, …</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>Band colour</source>
        <translation>Farbe der Leiste</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Bernstein</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Petrol</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violett</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
    <message>
        <source>The environment&apos;s colour</source>
        <translation>Die Farbe der Umgebung</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Andere…</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>Band &amp;colour:</source>
        <translation>&amp;Farbe der Leiste:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;API-Schlüssel:</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved key</source>
        <translation>Leer lassen, um den gespeicherten Schlüssel zu behalten</translation>
    </message>
    <message>
        <source>The key from the Avara dashboard</source>
        <translation>Der Schlüssel aus dem Avara-Dashboard</translation>
    </message>
    <message>
        <source>New profile: fill in the form and save it.</source>
        <translation>Neues Profil: Füllen Sie das Formular aus und speichern Sie es.</translation>
    </message>
    <message>
        <source>Enter the API key of the new profile.</source>
        <translation>Geben Sie den API-Schlüssel des neuen Profils ein.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Saving the key in the %1…</source>
        <translation>Schlüssel wird im %1 gespeichert…</translation>
    </message>
    <message>
        <source>Saved; the key is in the %1.</source>
        <translation>Gespeichert; der Schlüssel liegt im %1.</translation>
    </message>
    <message>
        <source>The profile was saved, but its key could not be: %1</source>
        <translation>Das Profil wurde gespeichert, sein Schlüssel jedoch nicht: %1</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile “%1” and forget its API key?</source>
        <translation>Das Profil „%1“ entfernen und seinen API-Schlüssel löschen?</translation>
    </message>
    <message>
        <source>The profile was removed, but its key could not be deleted: %1</source>
        <translation>Das Profil wurde entfernt, sein Schlüssel konnte jedoch nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
    <message>
        <source>Enter an API key.</source>
        <translation>Geben Sie einen API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>No key is saved for this profile: enter one.</source>
        <translation>Für dieses Profil ist kein Schlüssel gespeichert: Geben Sie einen ein.</translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <source>It holds %1 views; a profile keeps at most %2.</source>
        <translation>Sie enthält %1 Ansichten; ein Profil behält höchstens %2.</translation>
    </message>
    <message>
        <source>View %1: %2</source>
        <translation>Ansicht %1: %2</translation>
    </message>
    <message>
        <source>The expression is longer than %1 characters.</source>
        <translation>Der Ausdruck ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>There is no column “%1” to sort by.</source>
        <translation>Es gibt keine Spalte „%1“, nach der sortiert werden kann.</translation>
    </message>
    <message>
        <source>There is no column “%1”.</source>
        <translation>Es gibt keine Spalte „%1“.</translation>
    </message>
    <message>
        <source>The column “%1” is named twice.</source>
        <translation>Die Spalte „%1“ ist doppelt genannt.</translation>
    </message>
    <message>
        <source>A view shows at least one column.</source>
        <translation>Eine Ansicht zeigt mindestens eine Spalte.</translation>
    </message>
    <message>
        <source>A view needs a name.</source>
        <translation>Eine Ansicht braucht einen Namen.</translation>
    </message>
    <message>
        <source>A view&apos;s name is at most %1 characters long.</source>
        <translation>Der Name einer Ansicht ist höchstens %1 Zeichen lang.</translation>
    </message>
    <message>
        <source>A view&apos;s name cannot hold control characters.</source>
        <translation>Der Name einer Ansicht darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>A view&apos;s name cannot start or end with a space.</source>
        <translation>Der Name einer Ansicht darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>This profile keeps %1 views already; delete one first.</source>
        <translation>Dieses Profil hat bereits %1 Ansichten; löschen Sie zuerst eine.</translation>
    </message>
    <message>
        <source>There is no view called “%1”.</source>
        <translation>Es gibt keine Ansicht „%1“.</translation>
    </message>
    <message>
        <source>There is a view called “%1” already.</source>
        <translation>Es gibt bereits eine Ansicht „%1“.</translation>
    </message>
    <message>
        <source>The file is larger than %1 KiB; a file of views is far smaller.</source>
        <translation>Die Datei ist größer als %1 KiB; eine Datei mit Ansichten ist viel kleiner.</translation>
    </message>
    <message>
        <source>The file is not JSON (%1 at byte %2).</source>
        <translation>Die Datei ist kein JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The file is of version %1 of the format; this console reads version %2.</source>
        <translation>Die Datei hat Version %1 des Formats; diese Konsole liest Version %2.</translation>
    </message>
    <message>
        <source>With these, the profile would keep %1 views; it keeps at most %2.</source>
        <translation>Damit hätte das Profil %1 Ansichten; es behält höchstens %2.</translation>
    </message>
    <message>
        <source>“page” must be “express” or “orgs”.</source>
        <translation>„page“ muss „express“ oder „orgs“ sein.</translation>
    </message>
    <message>
        <source>“expression” must be text.</source>
        <translation>„expression“ muss Text sein.</translation>
    </message>
    <message>
        <source>“status” must be “all”, “active” or “inactive”.</source>
        <translation>„status“ muss „all“, „active“ oder „inactive“ sein.</translation>
    </message>
    <message>
        <source>“sortOrder” must be “ascending” or “descending”.</source>
        <translation>„sortOrder“ muss „ascending“ oder „descending“ sein.</translation>
    </message>
    <message>
        <source>The file is not a file of saved views (its “format” is not “%1”).</source>
        <translation>Die Datei ist keine Datei gespeicherter Ansichten (ihr „format“ ist nicht „%1“).</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search name, ID or metadata, or a filter such as users&gt;10 (F1)</source>
        <translation>Name, ID oder Metadaten suchen, oder ein Filter wie users&gt;10 (F1)</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Konten durchsuchen</translation>
    </message>
    <message>
        <source>Plain words or a filter expression; F1 shows the filter syntax</source>
        <translation>Einfache Wörter oder ein Filterausdruck; F1 zeigt die Filtersyntax</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Nur aktive</translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation>Nur inaktive</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>%1 (at character %2). The last valid filter stays applied.</source>
        <translation>%1 (bei Zeichen %2). Der letzte gültige Filter bleibt angewendet.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Another Avara Console holds %1 but does not answer on %2: %3</source>
        <translation>Eine andere Avara Console hält %1, antwortet aber nicht auf %2: %3</translation>
    </message>
    <message>
        <source>The running Avara Console did not take the link: %1</source>
        <translation>Die laufende Avara Console hat den Link nicht angenommen: %1</translation>
    </message>
</context>
<context>
    <name>SnapshotStore</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the snapshot %1: %2</source>
        <translation>Die Kopie %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot encode the snapshot: %1</source>
        <translation>Die Kopie kann nicht kodiert werden: %1</translation>
    </message>
    <message>
        <source>Cannot encrypt the snapshot: libsodium did not start.</source>
        <translation>Die Kopie kann nicht verschlüsselt werden: libsodium ist nicht gestartet.</translation>
    </message>
</context>
<context>
    <name>StatusStyle</name>
    <message>
        <source>%1 · local server</source>
        <translation>%1 · lokaler Server</translation>
    </message>
</context>
<context>
    <name>UndoNotice</name>
    <message>
        <source>Undo notice</source>
        <translation>Hinweis zum Rückgängigmachen</translation>
    </message>
    <message>
        <source>&amp;Undo (%1)</source>
        <translation>&amp;Rückgängig (%1)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Add users</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Remove users</source>
        <translation>Benutzer entfernen</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Users now:</source>
        <translation>Benutzer jetzt:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>User ids to add, one per line</source>
        <translation>Hinzuzufügende Benutzer-IDs, eine pro Zeile</translation>
    </message>
    <message>
        <source>User ids to remove, one per line</source>
        <translation>Zu entfernende Benutzer-IDs, eine pro Zeile</translation>
    </message>
    <message>
        <source>usr_…, one per line (paste from a ticket)</source>
        <translation>usr_…, eine pro Zeile (aus einem Ticket einfügen)</translation>
    </message>
    <message>
        <source>&amp;Users to add:</source>
        <translation>&amp;Hinzuzufügende Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Users to remove:</source>
        <translation>&amp;Zu entfernende Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Each user gets access to the customer&apos;s resources and studies.</source>
        <translation>Jeder Benutzer erhält Zugriff auf die Ressourcen und Studien des Kunden.</translation>
    </message>
    <message>
        <source>Each user loses access to the customer&apos;s resources and studies. No data is deleted.</source>
        <translation>Jeder Benutzer verliert den Zugriff auf die Ressourcen und Studien des Kunden. Es werden keine Daten gelöscht.</translation>
    </message>
    <message>
        <source>Line %1: %2 is not a user id (usr_ and 32 lowercase hex digits).</source>
        <translation>Zeile %1: %2 ist keine Benutzer-ID (usr_ und 32 kleine Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>Add users to %1 on %2?</source>
        <translation>Benutzer zu %1 auf %2 hinzufügen?</translation>
    </message>
    <message>
        <source>Remove users from %1 on %2?</source>
        <translation>Benutzer von %1 auf %2 entfernen?</translation>
    </message>
    <message numerus="yes">
        <source>Add %n user(s) to %1 on %2?</source>
        <translation>
            <numerusform>%n Benutzer zu %1 auf %2 hinzufügen?</numerusform>
            <numerusform>%n Benutzer zu %1 auf %2 hinzufügen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n user(s) from %1 on %2?</source>
        <translation>
            <numerusform>%n Benutzer von %1 auf %2 entfernen?</numerusform>
            <numerusform>%n Benutzer von %1 auf %2 entfernen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user id(s) listed.</source>
        <translation>
            <numerusform>%n Benutzer-ID aufgeführt.</numerusform>
            <numerusform>%n Benutzer-IDs aufgeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated id(s) left out.</source>
        <translation>
            <numerusform>%n wiederholte ID ausgelassen.</numerusform>
            <numerusform>%n wiederholte IDs ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s) that are not user ids.</source>
        <translation>
            <numerusform>… und %n weitere Zeile, die keine Benutzer-ID ist.</numerusform>
            <numerusform>… und %n weitere Zeilen, die keine Benutzer-IDs sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only Express customers have users.</source>
        <translation>Nur Express-Kunden haben Benutzer.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n user(s)</source>
        <translation>
            <numerusform>%n Benutzer &amp;hinzufügen</numerusform>
            <numerusform>%n Benutzer &amp;hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;move %n user(s)</source>
        <translation>
            <numerusform>%n Benutzer ent&amp;fernen</numerusform>
            <numerusform>%n Benutzer ent&amp;fernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewsDialog</name>
    <message>
        <source>Express customers</source>
        <translation>Express-Kunden</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>no filter</source>
        <translation>kein Filter</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n column(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n Spalte</numerusform>
            <numerusform>%1 · %2 · %n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>Write the selected views (or all of them) to a JSON file a colleague can import</source>
        <translation>Die ausgewählten Ansichten (oder alle) in eine JSON-Datei schreiben, die Kollegen importieren können</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Add the views of a JSON file; views of the same name are replaced</source>
        <translation>Die Ansichten einer JSON-Datei hinzufügen; Ansichten gleichen Namens werden ersetzt</translation>
    </message>
    <message>
        <source>Views of %1. Alt+1 to Alt+9 show the first nine.</source>
        <translation>Ansichten von %1. Alt+1 bis Alt+9 zeigen die ersten neun.</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>In „%1“ umbenannt.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n view(s) to %1.</source>
        <translation>
            <numerusform>%n Ansicht nach %1 geschrieben.</numerusform>
            <numerusform>%n Ansichten nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Nothing imported from %1: %2</source>
        <translation>Nichts aus %1 importiert: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n view(s) from %1.</source>
        <translation>
            <numerusform>%n Ansicht aus %1 importiert.</numerusform>
            <numerusform>%n Ansichten aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Ansicht umbenennen</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <source>Delete the view “%1”?</source>
        <translation>Die Ansicht „%1“ löschen?</translation>
    </message>
    <message>
        <source>Export views</source>
        <translation>Ansichten exportieren</translation>
    </message>
    <message>
        <source>avara-views.json</source>
        <translation>avara-ansichten.json</translation>
    </message>
    <message>
        <source>Views (*.json);;All files (*)</source>
        <translation>Ansichten (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import views</source>
        <translation>Ansichten importieren</translation>
    </message>
    <message>
        <source>%1, active only</source>
        <translation>%1, nur aktive</translation>
    </message>
    <message>
        <source>%1, inactive only</source>
        <translation>%1, nur inaktive</translation>
    </message>
</context>
<context>
    <name>ViewsMenu</name>
    <message>
        <source>Vie&amp;ws</source>
        <translation>Ansi&amp;chten</translation>
    </message>
    <message>
        <source>&amp;Save current view…</source>
        <translation>Aktuelle Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Manage views…</source>
        <translation>Ansichten &amp;verwalten…</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>Show a saved view: its filter, status, sort and columns (Alt+1…9 for the first nine)</source>
        <translation>Eine gespeicherte Ansicht zeigen: Filter, Status, Sortierung und Spalten (Alt+1…9 für die ersten neun)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--%1 needs a whole number of 0 or more.</source>
        <translation>--%1 braucht eine ganze Zahl ab 0.</translation>
    </message>
    <message>
        <source>Find, inspect, deactivate and reactivate the accounts of an Avara API server.

Without options the console connects with AVARA_API_KEY and AVARA_BASE_URL when they are set, else with the saved connection, else it asks.</source>
        <translation>Konten eines Avara-API-Servers finden, prüfen, deaktivieren und reaktivieren.

Ohne Optionen verbindet sich die Konsole mit AVARA_API_KEY und AVARA_BASE_URL, wenn diese gesetzt sind, sonst mit der gespeicherten Verbindung, andernfalls fragt sie nach.</translation>
    </message>
    <message>
        <source>Start the built-in sandbox server and connect to it.</source>
        <translation>Den eingebauten Sandbox-Server starten und sich mit ihm verbinden.</translation>
    </message>
    <message>
        <source>Express customers in the sandbox (default 2000).</source>
        <translation>Express-Kunden in der Sandbox (Standard: 2000).</translation>
    </message>
    <message>
        <source>Organizations in the sandbox (default 500).</source>
        <translation>Organisationen in der Sandbox (Standard: 500).</translation>
    </message>
    <message>
        <source>Run the sandbox as a server without organizations.</source>
        <translation>Die Sandbox als Server ohne Organisationen betreiben.</translation>
    </message>
    <message>
        <source>Seed the sandbox with hostile names and metadata.</source>
        <translation>Die Sandbox mit bösartigen Namen und Metadaten füllen.</translation>
    </message>
    <message>
        <source>Seed of the sandbox&apos;s made-up data.</source>
        <translation>Startwert (Seed) für die erfundenen Daten der Sandbox.</translation>
    </message>
    <message>
        <source>Connect to this server instead of the saved one.</source>
        <translation>Mit diesem Server statt dem gespeicherten verbinden.</translation>
    </message>
    <message>
        <source>Use a dark palette (with the Fusion style) instead of the desktop&apos;s, where the desktop has none.</source>
        <translation>Eine dunkle Farbpalette (mit dem Fusion-Stil) statt der des Desktops verwenden, wo der Desktop keine hat.</translation>
    </message>
    <message>
        <source>An avara-console:// link to an account or a view; a console already running shows it.</source>
        <translation>Ein avara-console://-Link zu einem Konto oder einer Ansicht; eine bereits laufende Konsole zeigt ihn an.</translation>
    </message>
    <message>
        <source>Give at most one link.</source>
        <translation>Geben Sie höchstens einen Link an.</translation>
    </message>
    <message>
        <source>Avara Console is already running; its window was brought forward.</source>
        <translation>Avara Console läuft bereits; sein Fenster wurde nach vorn geholt.</translation>
    </message>
    <message>
        <source>Avara Console is already running; it shows the link.</source>
        <translation>Avara Console läuft bereits; es zeigt den Link an.</translation>
    </message>
</context>
</TS>
