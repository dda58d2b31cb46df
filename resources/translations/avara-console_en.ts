<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountChange</name>
    <message numerus="yes">
        <source>The account has %n user(s) on the server now.</source>
        <translation>
            <numerusform>The account has %n user on the server now.</numerusform>
            <numerusform>The account has %n users on the server now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message numerus="yes">
        <source>Copied %n unknown id(s)</source>
        <translation>
            <numerusform>Copied %n unknown id</numerusform>
            <numerusform>Copied %n unknown ids</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to %1</source>
        <translation>
            <numerusform>Exported %n account to %1</numerusform>
            <numerusform>Exported %n accounts to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n selected account(s) are already active.</source>
        <translation>
            <numerusform>The selected account is already active.</numerusform>
            <numerusform>All %n selected accounts are already active.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n selected account(s) are already inactive.</source>
        <translation>
            <numerusform>The selected account is already inactive.</numerusform>
            <numerusform>All %n selected accounts are already inactive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivating %n account(s)</source>
        <translation>
            <numerusform>Reactivating %n account</numerusform>
            <numerusform>Reactivating %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivating %n account(s)</source>
        <translation>
            <numerusform>Deactivating %n account</numerusform>
            <numerusform>Deactivating %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivated %n account(s).</source>
        <translation>
            <numerusform>Deactivated %n account.</numerusform>
            <numerusform>Deactivated %n accounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n selected…</source>
        <translation>
            <numerusform>Deactivate %n selected…</numerusform>
            <numerusform>Deactivate %n selected…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %n selected…</source>
        <translation>
            <numerusform>Reactivate %n selected…</numerusform>
            <numerusform>Reactivate %n selected…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n id(s)</source>
        <translation>
            <numerusform>Copy %n id</numerusform>
            <numerusform>Copy %n ids</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n id(s)</source>
        <translation>
            <numerusform>Copied %n id</numerusform>
            <numerusform>Copied %n ids</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Looking up %n id(s) from “%1”…</source>
        <translation>
            <numerusform>Looking up %n id from “%1”…</numerusform>
            <numerusform>Looking up %n ids from “%1”…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not on this server: %1</source>
        <translation>
            <numerusform>%n not on this server: %1</numerusform>
            <numerusform>%n not on this server: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be looked up: %1</source>
        <translation>
            <numerusform>%n could not be looked up: %1</numerusform>
            <numerusform>%n could not be looked up: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changing %n account(s)</source>
        <translation>
            <numerusform>Changing %n account</numerusform>
            <numerusform>Changing %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed %n account(s).</source>
        <translation>
            <numerusform>Changed %n account.</numerusform>
            <numerusform>Changed %n accounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undoing %n change(s)…</source>
        <translation>
            <numerusform>Undoing %n change…</numerusform>
            <numerusform>Undoing %n changes…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkConfirmDialog</name>
    <message numerus="yes">
        <source>Reactivate %n Express customer(s)?</source>
        <translation>
            <numerusform>Reactivate %n Express customer?</numerusform>
            <numerusform>Reactivate %n Express customers?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %n organization(s)?</source>
        <translation>
            <numerusform>Reactivate %n organization?</numerusform>
            <numerusform>Reactivate %n organizations?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n Express customer(s)?</source>
        <translation>
            <numerusform>Deactivate %n Express customer?</numerusform>
            <numerusform>Deactivate %n Express customers?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n organization(s)?</source>
        <translation>
            <numerusform>Deactivate %n organization?</numerusform>
            <numerusform>Deactivate %n organizations?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected account(s) already active: left as they are.</source>
        <translation>
            <numerusform>%n selected account is already active: left as it is.</numerusform>
            <numerusform>%n selected accounts are already active: left as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected account(s) already inactive: left as they are.</source>
        <translation>
            <numerusform>%n selected account is already inactive: left as it is.</numerusform>
            <numerusform>%n selected accounts are already inactive: left as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Reactivate %n</source>
        <translation>
            <numerusform>&amp;Reactivate %n</numerusform>
            <numerusform>&amp;Reactivate %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Deactivate %n</source>
        <translation>
            <numerusform>&amp;Deactivate %n</numerusform>
            <numerusform>&amp;Deactivate %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmDeactivationDialog</name>
    <message numerus="yes">
        <source>Its %n user(s) can no longer be assigned new studies. No data is deleted, and the account can be reactivated later.</source>
        <translation>
            <numerusform>Its %n user can no longer be assigned new studies. No data is deleted, and the account can be reactivated later.</numerusform>
            <numerusform>Its %n users can no longer be assigned new studies. No data is deleted, and the account can be reactivated later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message numerus="yes">
        <source>Copied %n metadata pair(s)</source>
        <translation>
            <numerusform>Copied %n metadata pair</numerusform>
            <numerusform>Copied %n metadata pairs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <source>Exported %n row(s).</source>
        <translation>
            <numerusform>Exported %n row.</numerusform>
            <numerusform>Exported %n rows.</numerusform>
        </translation>
    </message>
</context>
</TS>
