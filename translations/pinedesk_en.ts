<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Duration</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueCommand</name>
    <message numerus="yes">
        <source>%n waiting change(s) cancelled. What PineDesk intends is unchanged, so these clients now differ from TradingView; 'pinedesk reconcile' lists them.</source>
        <translation>
            <numerusform>%n waiting change cancelled. What PineDesk intends is unchanged, so this client now differs from TradingView; 'pinedesk reconcile' lists it.</numerusform>
            <numerusform>%n waiting changes cancelled. What PineDesk intends is unchanged, so these clients now differ from TradingView; 'pinedesk reconcile' lists them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed change(s) queued again.</source>
        <translation>
            <numerusform>%n failed change queued again.</numerusform>
            <numerusform>%n failed changes queued again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message numerus="yes">
        <source>%n change(s) could not be applied; see 'pinedesk queue'.</source>
        <translation>
            <numerusform>%n change could not be applied; see 'pinedesk queue'.</numerusform>
            <numerusform>%n changes could not be applied; see 'pinedesk queue'.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TvCommand</name>
    <message numerus="yes">
        <source>%n user(s) have access.</source>
        <translation>
            <numerusform>%n user has access.</numerusform>
            <numerusform>%n users have access.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TvError</name>
    <message numerus="yes">
        <source>TradingView asked to slow down; retrying in %n second(s).</source>
        <translation>
            <numerusform>TradingView asked to slow down; retrying in %n second.</numerusform>
            <numerusform>TradingView asked to slow down; retrying in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinedesk::ConnectionStatus</name>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinedesk::DashboardPage</name>
    <message numerus="yes">
        <source>Expiring in %n day(s)</source>
        <translation>
            <numerusform>Expiring in %n day</numerusform>
            <numerusform>Expiring in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be applied on TradingView and need your attention.</source>
        <translation>
            <numerusform>%n change could not be applied on TradingView and needs your attention.</numerusform>
            <numerusform>%n changes could not be applied on TradingView and need your attention.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinedesk::SyncEngine</name>
    <message numerus="yes">
        <source>Gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>Gave up after %n attempt: %1</numerusform>
            <numerusform>Gave up after %n attempts: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinedesk::SyncPage</name>
    <message numerus="yes">
        <source>%n failed change(s) queued again.</source>
        <translation><numerusform>%n failed change queued again.</numerusform><numerusform>%n failed changes queued again.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) cancelled. What PineDesk intends is unchanged, so these clients now differ from TradingView until you change them again.</source>
        <translation><numerusform>%n change cancelled. What PineDesk intends is unchanged, so this client now differs from TradingView until you change it again.</numerusform><numerusform>%n changes cancelled. What PineDesk intends is unchanged, so these clients now differ from TradingView until you change them again.</numerusform></translation>
    </message>
</context>
</TS>