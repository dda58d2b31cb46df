<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountActions</name>
    <message numerus="yes">
        <source>All %n selected account(s) are already active.</source>
        <translation>
            <numerusform>The %n selected account is already active.</numerusform>
            <numerusform>All %n selected accounts are already active.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n selected account(s) are already inactive.</source>
        <translation>
            <numerusform>The %n selected account is already inactive.</numerusform>
            <numerusform>All %n selected accounts are already inactive.</numerusform>
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
        <source>Reactivating %n account(s)</source>
        <translation>
            <numerusform>Reactivating %n account</numerusform>
            <numerusform>Reactivating %n accounts</numerusform>
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
        <source>Deactivated %n account(s).</source>
        <translation>
            <numerusform>Deactivated %n account.</numerusform>
            <numerusform>Deactivated %n accounts.</numerusform>
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
        <source>Exported %n account(s) to %1</source>
        <translation>
            <numerusform>Exported %n account to %1</numerusform>
            <numerusform>Exported %n accounts to %1</numerusform>
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
        <source>Set metadata value on %n selected…</source>
        <translation>
            <numerusform>Set metadata value on %n selected…</numerusform>
            <numerusform>Set metadata value on %n selected…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove metadata key from %n selected…</source>
        <translation>
            <numerusform>Remove metadata key from %n selected…</numerusform>
            <numerusform>Remove metadata key from %n selected…</numerusform>
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
    <name>BulkMetadataDialog</name>
    <message numerus="yes">
        <source>Set a metadata value on %n selected account(s)</source>
        <translation>
            <numerusform>Set a metadata value on %n selected account</numerusform>
            <numerusform>Set a metadata value on %n selected accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove a metadata key from %n selected account(s)</source>
        <translation>
            <numerusform>Remove a metadata key from %n selected account</numerusform>
            <numerusform>Remove a metadata key from %n selected accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) will change.</source>
        <translation>
            <numerusform>%n account will change.</numerusform>
            <numerusform>%n accounts will change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already have this value and are left alone.</source>
        <translation>
            <numerusform>%n already has this value and is left alone.</numerusform>
            <numerusform>%n already have this value and are left alone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n do not have this key and are left alone.</source>
        <translation>
            <numerusform>%n does not have this key and is left alone.</numerusform>
            <numerusform>%n do not have this key and are left alone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already have %1 pairs and are left alone: the key would be one too many.</source>
        <translation>
            <numerusform>%n already has %1 pairs and is left alone: the key would be one too many.</numerusform>
            <numerusform>%n already have %1 pairs and are left alone: the key would be one too many.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Set on %n account(s)</source>
        <translation>
            <numerusform>&amp;Set on %n account</numerusform>
            <numerusform>&amp;Set on %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;move from %n account(s)</source>
        <translation>
            <numerusform>Re&amp;move from %n account</numerusform>
            <numerusform>Re&amp;move from %n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeSummary</name>
    <message numerus="yes">
        <source>%n deactivated</source>
        <translation>
            <numerusform>%n deactivated</numerusform>
            <numerusform>%n deactivated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reactivated</source>
        <translation>
            <numerusform>%n reactivated</numerusform>
            <numerusform>%n reactivated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gone</source>
        <translation>
            <numerusform>%n gone</numerusform>
            <numerusform>%n gone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited</source>
        <translation>
            <numerusform>%n edited</numerusform>
            <numerusform>%n edited</numerusform>
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
    <name>EditAccountDialog</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n pair(s)</source>
        <translation>
            <numerusform>%1 of %n pair</numerusform>
            <numerusform>%1 of %n pairs</numerusform>
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
<context>
    <name>IdListBar</name>
    <message numerus="yes">
        <source>Copied %n unknown id(s)</source>
        <translation>
            <numerusform>Copied %n unknown id</numerusform>
            <numerusform>Copied %n unknown ids</numerusform>
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
</context>
<context>
    <name>UsersDialog</name>
    <message numerus="yes">
        <source>Add %n user(s) to %1 on %2?</source>
        <translation>
            <numerusform>Add %n user to %1 on %2?</numerusform>
            <numerusform>Add %n users to %1 on %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n user(s) from %1 on %2?</source>
        <translation>
            <numerusform>Remove %n user from %1 on %2?</numerusform>
            <numerusform>Remove %n users from %1 on %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user id(s) listed.</source>
        <translation>
            <numerusform>%n user id listed.</numerusform>
            <numerusform>%n user ids listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated id(s) left out.</source>
        <translation>
            <numerusform>%n repeated id left out.</numerusform>
            <numerusform>%n repeated ids left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s) that are not user ids.</source>
        <translation>
            <numerusform>… and %n more line that is not a user id.</numerusform>
            <numerusform>… and %n more lines that are not user ids.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n user(s)</source>
        <translation>
            <numerusform>&amp;Add %n user</numerusform>
            <numerusform>&amp;Add %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;move %n user(s)</source>
        <translation>
            <numerusform>Re&amp;move %n user</numerusform>
            <numerusform>Re&amp;move %n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewsDialog</name>
    <message numerus="yes">
        <source>%1 · %2 · %n column(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n column</numerusform>
            <numerusform>%1 · %2 · %n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n view(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n view to %1.</numerusform>
            <numerusform>Wrote %n views to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n view(s) from %1.</source>
        <translation>
            <numerusform>Imported %n view from %1.</numerusform>
            <numerusform>Imported %n views from %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
