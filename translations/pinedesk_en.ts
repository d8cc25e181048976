<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessSelection</name>
    <message numerus="yes">
        <source>%n of the accesses you selected changed since you selected them: %1 on %2 is now %3 (changed by %4). Nothing was changed; look at them again and repeat.</source>
        <translation>
            <numerusform>%n of the accesses you selected changed since you selected it: %1 on %2 is now %3 (changed by %4). Nothing was changed; look at it again and repeat.</numerusform>
            <numerusform>%n of the accesses you selected changed since you selected them: %1 on %2 is now %3 (changed by %4). Nothing was changed; look at them again and repeat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln access(es)</source>
        <translation>
            <numerusform>%Ln access</numerusform>
            <numerusform>%Ln accesses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) removed by the retention.</source>
        <translation>
            <numerusform>%n older backup removed by the retention.</numerusform>
            <numerusform>%n older backups removed by the retention.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) with waiting changes are paused: TradingView may have moved since the backup. Run &apos;pinedesk reconcile&apos;, then resume them with &apos;pinedesk queue --resume BATCH&apos;.</source>
        <translation>
            <numerusform>%n batch with waiting changes is paused: TradingView may have moved since the backup. Run &apos;pinedesk reconcile&apos;, then resume it with &apos;pinedesk queue --resume BATCH&apos;.</numerusform>
            <numerusform>%n batches with waiting changes are paused: TradingView may have moved since the backup. Run &apos;pinedesk reconcile&apos;, then resume them with &apos;pinedesk queue --resume BATCH&apos;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkPreview</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) hold lifetime access.</source>
        <translation>
            <numerusform>%n client holds lifetime access.</numerusform>
            <numerusform>%n clients hold lifetime access.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lifetime access(es) will end: those clients lose access they were given for life.</source>
        <translation>
            <numerusform>%n lifetime access will end: that client loses access they were given for life.</numerusform>
            <numerusform>%n lifetime accesses will end: those clients lose access they were given for life.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) have no e-mail address: you cannot tell them about this change.</source>
        <translation>
            <numerusform>%n client has no e-mail address: you cannot tell them about this change.</numerusform>
            <numerusform>%n clients have no e-mail address: you cannot tell them about this change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n username(s) are not clients yet: they are added as clients when the changes are queued.</source>
        <translation>
            <numerusform>%n username is not a client yet: it is added as a client when the changes are queued.</numerusform>
            <numerusform>%n usernames are not clients yet: they are added as clients when the changes are queued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bulk %1: %2 (%n client(s))</source>
        <translation>
            <numerusform>Bulk %1: %2 (%n client)</numerusform>
            <numerusform>Bulk %1: %2 (%n clients)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkRecipients</name>
    <message numerus="yes">
        <source>%n username(s)</source>
        <translation>
            <numerusform>%n username</numerusform>
            <numerusform>%n usernames</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) merged</source>
        <translation>
            <numerusform>%n duplicate merged</numerusform>
            <numerusform>%n duplicates merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) are not usernames</source>
        <translation>
            <numerusform>%n entry is not a username</numerusform>
            <numerusform>%n entries are not usernames</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) have no TradingView username</source>
        <translation>
            <numerusform>%n client has no TradingView username</numerusform>
            <numerusform>%n clients have no TradingView username</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusinessPdf</name>
    <message numerus="yes">
        <source>Every figure is compared with the period of the same length just before. Churn allows %n day(s) of grace. Computed %1 (UTC).</source>
        <translation>
            <numerusform>Every figure is compared with the period of the same length just before. Churn allows %n day of grace. Computed %1 (UTC).</numerusform>
            <numerusform>Every figure is compared with the period of the same length just before. Churn allows %n days of grace. Computed %1 (UTC).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignReport</name>
    <message numerus="yes">
        <source>Within %n day(s)</source>
        <translation>
            <numerusform>Within %n day</numerusform>
            <numerusform>Within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n day(s)</source>
        <translation>
            <numerusform>After %n day</numerusform>
            <numerusform>After %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelsCommand</name>
    <message numerus="yes">
        <source>%n message(s) go again with the next &apos;pinedesk channels send&apos; (or serve).</source>
        <translation>
            <numerusform>%n message goes again with the next &apos;pinedesk channels send&apos; (or serve).</numerusform>
            <numerusform>%n messages go again with the next &apos;pinedesk channels send&apos; (or serve).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientHistoryPdf</name>
    <message numerus="yes">
        <source>%n event(s), newest first. Times are local (%1).</source>
        <translation>
            <numerusform>%n event, newest first. Times are local (%1).</numerusform>
            <numerusform>%n events, newest first. Times are local (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientListPdf</name>
    <message numerus="yes">
        <source>no payment for %n day(s)</source>
        <translation>
            <numerusform>no payment for %n day</numerusform>
            <numerusform>no payment for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>an access ends within %n day(s)</source>
        <translation>
            <numerusform>an access ends within %n day</numerusform>
            <numerusform>an access ends within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chosen client(s)</source>
        <translation>
            <numerusform>%n chosen client</numerusform>
            <numerusform>%n chosen clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s).</source>
        <translation>
            <numerusform>%n client.</numerusform>
            <numerusform>%n clients.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientsReport</name>
    <message numerus="yes">
        <source>%n client(s) written to %1.</source>
        <translation>
            <numerusform>%n client written to %1.</numerusform>
            <numerusform>%n clients written to %1.</numerusform>
        </translation>
    </message>
</context>
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
    <name>ExpiryAgendaPdf</name>
    <message numerus="yes">
        <source>%n access(es) end in these days. Times are local (%1).</source>
        <translation>
            <numerusform>%n access ends in these days. Times are local (%1).</numerusform>
            <numerusform>%n accesses end in these days. Times are local (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n ending(s)</source>
        <translation>
            <numerusform>%1 · %n ending</numerusform>
            <numerusform>%1 · %n endings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FigureClients</name>
    <message numerus="yes">
        <source>New in %1, active %n month(s) later</source>
        <translation>
            <numerusform>New in %1, active %n month later</numerusform>
            <numerusform>New in %1, active %n months later</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IcsCalendar</name>
    <message numerus="yes">
        <source>%n access(es) end</source>
        <translation>
            <numerusform>%n access ends</numerusform>
            <numerusform>%n accesses end</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>%n new client(s)</source>
        <translation>
            <numerusform>%n new client</numerusform>
            <numerusform>%n new clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) updated</source>
        <translation>
            <numerusform>%n client updated</numerusform>
            <numerusform>%n clients updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) already up to date</source>
        <translation>
            <numerusform>%n line already up to date</numerusform>
            <numerusform>%n lines already up to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new payment(s)</source>
        <translation>
            <numerusform>%n new payment</numerusform>
            <numerusform>%n new payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) already recorded</source>
        <translation>
            <numerusform>%n payment already recorded</numerusform>
            <numerusform>%n payments already recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed or refunded payment(s) left out</source>
        <translation>
            <numerusform>%n failed or refunded payment left out</numerusform>
            <numerusform>%n failed or refunded payments left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) rejected</source>
        <translation>
            <numerusform>%n line rejected</numerusform>
            <numerusform>%n lines rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n access change(s) queued for TradingView</source>
        <translation>
            <numerusform>%n access change queued for TradingView</numerusform>
            <numerusform>%n access changes queued for TradingView</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paid payment(s) gave no access (no plan sells the product, or the client has no TradingView username)</source>
        <translation>
            <numerusform>%n paid payment gave no access (no plan sells the product, or the client has no TradingView username)</numerusform>
            <numerusform>%n paid payments gave no access (no plan sells the product, or the client has no TradingView username)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailCommand</name>
    <message numerus="yes">
        <source>%n e-mail(s) sent.</source>
        <translation>
            <numerusform>%n e-mail sent.</numerusform>
            <numerusform>%n e-mails sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message numerus="yes">
        <source>%n change(s) could not be applied on TradingView</source>
        <translation>
            <numerusform>%n change could not be applied on TradingView</numerusform>
            <numerusform>%n changes could not be applied on TradingView</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment event(s) need your attention</source>
        <translation>
            <numerusform>%n payment event needs your attention</numerusform>
            <numerusform>%n payment events need your attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more. Renew them or let them end.</source>
        <translation>
            <numerusform>%1 and %n more. Renew them or let them end.</numerusform>
            <numerusform>%1 and %n more. Renew them or let them end.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n access(es) end within %1</source>
        <translation>
            <numerusform>%n access ends within %1</numerusform>
            <numerusform>%n accesses end within %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n access(es) differ on TradingView</source>
        <translation>
            <numerusform>%n access differs on TradingView</numerusform>
            <numerusform>%n accesses differ on TradingView</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueCommand</name>
    <message numerus="yes">
        <source>%n waiting change(s) cancelled. What PineDesk intends is unchanged, so these clients now differ from TradingView; &apos;pinedesk reconcile&apos; lists them.</source>
        <translation>
            <numerusform>%n waiting change cancelled. What PineDesk intends is unchanged, so this client now differs from TradingView; &apos;pinedesk reconcile&apos; lists it.</numerusform>
            <numerusform>%n waiting changes cancelled. What PineDesk intends is unchanged, so these clients now differ from TradingView; &apos;pinedesk reconcile&apos; lists them.</numerusform>
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
    <name>RemindCommand</name>
    <message numerus="yes">
        <source>%n day(s) reminder</source>
        <translation>
            <numerusform>%n day reminder</numerusform>
            <numerusform>%n days reminder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n access(es) about to end</source>
        <translation>
            <numerusform>%n access about to end</numerusform>
            <numerusform>%n accesses about to end</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) to clients queued</source>
        <translation>
            <numerusform>%n e-mail to clients queued</numerusform>
            <numerusform>%n e-mails to clients queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) not e-mailed (no address, or they opted out)</source>
        <translation>
            <numerusform>%n client not e-mailed (no address, or they opted out)</numerusform>
            <numerusform>%n clients not e-mailed (no address, or they opted out)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) sent</source>
        <translation>
            <numerusform>%n e-mail sent</numerusform>
            <numerusform>%n e-mails sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) will be tried again later</source>
        <translation>
            <numerusform>%n e-mail will be tried again later</numerusform>
            <numerusform>%n e-mails will be tried again later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) could not be delivered (see &apos;pinedesk mail outbox&apos;)</source>
        <translation>
            <numerusform>%n e-mail could not be delivered (see &apos;pinedesk mail outbox&apos;)</numerusform>
            <numerusform>%n e-mails could not be delivered (see &apos;pinedesk mail outbox&apos;)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) about access now live or ended queued</source>
        <translation>
            <numerusform>%n e-mail about access now live or ended queued</numerusform>
            <numerusform>%n e-mails about access now live or ended queued</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message numerus="yes">
        <source>%1 written: %n page(s), %2.</source>
        <translation>
            <numerusform>%1 written: %n page, %2.</numerusform>
            <numerusform>%1 written: %n pages, %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message numerus="yes">
        <source>Reminders: %n access(es) announced, %1 e-mail(s) sent.</source>
        <translation>
            <numerusform>Reminders: %n access announced, %1 e-mail(s) sent.</numerusform>
            <numerusform>Reminders: %n accesses announced, %1 e-mail(s) sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message numerus="yes">
        <source>%n change(s) could not be applied; see &apos;pinedesk queue&apos;.</source>
        <translation>
            <numerusform>%n change could not be applied; see &apos;pinedesk queue&apos;.</numerusform>
            <numerusform>%n changes could not be applied; see &apos;pinedesk queue&apos;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamDatabaseProbe</name>
    <message numerus="yes">
        <source>Connected to PostgreSQL %1, but this database holds %n table(s) that are not PineDesk&apos;s. Ask for an empty database.</source>
        <translation>
            <numerusform>Connected to PostgreSQL %1, but this database holds %n table that is not PineDesk&apos;s. Ask for an empty database.</numerusform>
            <numerusform>Connected to PostgreSQL %1, but this database holds %n tables that are not PineDesk&apos;s. Ask for an empty database.</numerusform>
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
    <name>main</name>
    <message numerus="yes">
        <source>%n batch(es) with waiting changes are paused: reconcile on the Sync page, then resume them.</source>
        <translation>
            <numerusform>%n batch with waiting changes is paused: reconcile on the Sync page, then resume it.</numerusform>
            <numerusform>%n batches with waiting changes are paused: reconcile on the Sync page, then resume them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinedesk::AccessChangeDialog</name>
    <message numerus="yes">
        <source>%n client(s) selected</source>
        <translation>
            <numerusform>%n client selected</numerusform>
            <numerusform>%n clients selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) queued for TradingView.</source>
        <translation>
            <numerusform>%n change queued for TradingView.</numerusform>
            <numerusform>%n changes queued for TradingView.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these accesses are for life. With a date they end on %1: those clients lose access they were given for life.</source>
        <translation>
            <numerusform>%n of these accesses is for life. With a date it ends on %1: that client loses access they were given for life.</numerusform>
            <numerusform>%n of these accesses are for life. With a date they end on %1: those clients lose access they were given for life.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinedesk::AnalyticsPage</name>
    <message numerus="yes">
        <source>Next %1 days: %n paying client(s) whose access ends, %2</source>
        <translation>
            <numerusform>Next %1 days: %n paying client whose access ends, %2</numerusform>
            <numerusform>Next %1 days: %n paying clients whose access ends, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2, compared with the same length before. Churn allows %n day(s) of grace. Computed %3 (UTC). Click a point, a bar or a cohort cell to see those clients.</source>
        <translation>
            <numerusform>%1 to %2, compared with the same length before. Churn allows %n day of grace. Computed %3 (UTC). Click a point, a bar or a cohort cell to see those clients.</numerusform>
            <numerusform>%1 to %2, compared with the same length before. Churn allows %n days of grace. Computed %3 (UTC). Click a point, a bar or a cohort cell to see those clients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The business report is in %1 (%n page(s)).</source>
        <translation>
            <numerusform>The business report is in %1 (%n page).</numerusform>
            <numerusform>The business report is in %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinedesk::BackupsPanel</name>
    <message numerus="yes">
        <source>%n older backup(s) removed.</source>
        <translation>
            <numerusform>%n older backup removed.</numerusform>
            <numerusform>%n older backups removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln access(es)</source>
        <translation>
            <numerusform>%Ln access</numerusform>
            <numerusform>%Ln accesses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinedesk::BatchList</name>
    <message numerus="yes">
        <source>Cancel the %n change(s) of &quot;%1&quot; that were not sent yet? What PineDesk intends stays as it is, so these clients will differ from TradingView until you change them again. Changes being sent now still finish.</source>
        <translation>
            <numerusform>Cancel the %n change of &quot;%1&quot; that was not sent yet? What PineDesk intends stays as it is, so this client will differ from TradingView until you change them again. Changes being sent now still finish.</numerusform>
            <numerusform>Cancel the %n changes of &quot;%1&quot; that were not sent yet? What PineDesk intends stays as it is, so these clients will differ from TradingView until you change them again. Changes being sent now still finish.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of &quot;%1&quot; cancelled.</source>
        <translation>
            <numerusform>%n change of &quot;%1&quot; cancelled.</numerusform>
            <numerusform>%n changes of &quot;%1&quot; cancelled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinedesk::BulkCheckPage</name>
    <message numerus="yes">
        <source>Checking stopped: %n username(s) were not checked and go ahead as they are.</source>
        <translation>
            <numerusform>Checking stopped: %n username was not checked and goes ahead as it is.</numerusform>
            <numerusform>Checking stopped: %n usernames were not checked and go ahead as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n username(s) checked on TradingView.</source>
        <translation>
            <numerusform>%n username checked on TradingView.</numerusform>
            <numerusform>%n usernames checked on TradingView.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid</source>
        <translation>
            <numerusform>%n valid</numerusform>
            <numerusform>%n valid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found (left out)</source>
        <translation>
            <numerusform>%n not found (left out)</numerusform>
            <numerusform>%n not found (left out)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be checked (left out)</source>
        <translation>
            <numerusform>%n could not be checked (left out)</numerusform>
            <numerusform>%n could not be checked (left out)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to check</source>
        <translation>
            <numerusform>%n to check</numerusform>
            <numerusform>%n to check</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not checked</source>
        <translation>
            <numerusform>%n not checked</numerusform>
            <numerusform>%n not checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already have access</source>
        <translation>
            <numerusform>%n already has access</numerusform>
            <numerusform>%n already have access</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold lifetime access</source>
        <translation>
            <numerusform>%n holds lifetime access</numerusform>
            <numerusform>%n hold lifetime access</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add the %n username(s) that are not clients yet as clients (untick to leave them out)</source>
        <translation>
            <numerusform>&amp;Add the %n username that is not a client yet as a client (untick to leave it out)</numerusform>
            <numerusform>&amp;Add the %n usernames that are not clients yet as clients (untick to leave them out)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinedesk::BulkPreviewPage</name>
    <message numerus="yes">
        <source>Working out what changes for %n user(s)…</source>
        <translation>
            <numerusform>Working out what changes for %n user…</numerusform>
            <numerusform>Working out what changes for %n users…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n user(s) change, %2 left out at the check.</source>
        <translation>
            <numerusform>%1: %n user changes, %2 left out at the check.</numerusform>
            <numerusform>%1: %n users change, %2 left out at the check.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Queue %n change(s)</source>
        <translation>
            <numerusform>&amp;Queue %n change</numerusform>
            <numerusform>&amp;Queue %n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinedesk::BulkRunPage</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) queued as one batch.</source>
        <translation>
            <numerusform>%n change queued as one batch.</numerusform>
            <numerusform>%n changes queued as one batch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new client(s) added.</source>
        <translation>
            <numerusform>%n new client added.</numerusform>
            <numerusform>%n new clients added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: all %n change(s) are on TradingView.</source>
        <translation>
            <numerusform>Finished: the %n change is on TradingView.</numerusform>
            <numerusform>Finished: all %n changes are on TradingView.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel the %n change(s) still waiting? What PineDesk intends stays as it is, so these users will differ from TradingView until you change them again.</source>
        <translation>
            <numerusform>Cancel the %n change still waiting? What PineDesk intends stays as it is, so this user will differ from TradingView until you change them again.</numerusform>
            <numerusform>Cancel the %n changes still waiting? What PineDesk intends stays as it is, so these users will differ from TradingView until you change them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) cancelled.</source>
        <translation>
            <numerusform>%n change cancelled.</numerusform>
            <numerusform>%n changes cancelled.</numerusform>
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
    <name>pinedesk::BulkWhatPage</name>
    <message numerus="yes">
        <source>%1 (%2, %n indicator(s))</source>
        <translation>
            <numerusform>%1 (%2, %n indicator)</numerusform>
            <numerusform>%1 (%2, %n indicators)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinedesk::BulkWhoPage</name>
    <message numerus="yes">
        <source>%n client(s) selected (%1).</source>
        <translation>
            <numerusform>%n client selected (%1).</numerusform>
            <numerusform>%n clients selected (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinedesk::CalendarPage</name>
    <message numerus="yes">
        <source>The number in a day is how many accesses end that day. Shaded days are within the next %n day(s): expiring soon.</source>
        <translation>
            <numerusform>The number in a day is how many accesses end that day. Shaded days are within the next %n day: expiring soon.</numerusform>
            <numerusform>The number in a day is how many accesses end that day. Shaded days are within the next %n days: expiring soon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln access(es) expire in %1.</source>
        <translation>
            <numerusform>%Ln access expires in %1.</numerusform>
            <numerusform>%Ln accesses expire in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln access(es) expire on %1:</source>
        <translation>
            <numerusform>%Ln access expires on %1:</numerusform>
            <numerusform>%Ln accesses expire on %1:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinedesk::CampaignDetail</name>
    <message numerus="yes">
        <source>%1 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1 (%n day ago)</numerusform>
            <numerusform>%1 (%n days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n member(s) (%2)</source>
        <translation>
            <numerusform>%1 of %n member (%2)</numerusform>
            <numerusform>%1 of %n members (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payments within %n day(s) of the start are counted.</source>
        <translation>
            <numerusform>Payments within %n day of the start are counted.</numerusform>
            <numerusform>Payments within %n days of the start are counted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinedesk::CampaignTableModel</name>
    <message numerus="yes">
        <source>%1 of %n member(s) paid again after the campaign started.</source>
        <translation>
            <numerusform>%1 of %n member paid again after the campaign started.</numerusform>
            <numerusform>%1 of %n members paid again after the campaign started.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinedesk::CampaignsPage</name>
    <message numerus="yes">
        <source>Within %n day(s) of the start</source>
        <translation>
            <numerusform>Within %n day of the start</numerusform>
            <numerusform>Within %n days of the start</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s): </source>
        <translation>
            <numerusform>%n campaign: </numerusform>
            <numerusform>%n campaigns: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the campaign &quot;%1&quot;? Its %n member(s) keep their accesses and payments; only the campaign and its figures go. This cannot be undone.</source>
        <translation>
            <numerusform>Delete the campaign &quot;%1&quot;? Its %n member keeps their accesses and payments; only the campaign and its figures go. This cannot be undone.</numerusform>
            <numerusform>Delete the campaign &quot;%1&quot;? Its %n members keep their accesses and payments; only the campaign and its figures go. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparison of %n campaign(s) written to %1.</source>
        <translation>
            <numerusform>Comparison of %n campaign written to %1.</numerusform>
            <numerusform>Comparison of %n campaigns written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinedesk::ChangePlanDialog</name>
    <message numerus="yes">
        <source>Move %n client(s) to another plan. Indicators of the new plan are granted or extended by its duration, indicators only the old plan had are revoked.</source>
        <translation>
            <numerusform>Move %n client to another plan. Indicators of the new plan are granted or extended by its duration, indicators only the old plan had are revoked.</numerusform>
            <numerusform>Move %n clients to another plan. Indicators of the new plan are granted or extended by its duration, indicators only the old plan had are revoked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n indicator(s))</source>
        <translation>
            <numerusform>%1 (%2, %n indicator)</numerusform>
            <numerusform>%1 (%2, %n indicators)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s)</source>
        <translation>
            <numerusform>%n grant</numerusform>
            <numerusform>%n grants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extension(s)</source>
        <translation>
            <numerusform>%n extension</numerusform>
            <numerusform>%n extensions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revoke(s)</source>
        <translation>
            <numerusform>%n revoke</numerusform>
            <numerusform>%n revokes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving %n client(s) to %1 (%2): %3.</source>
        <translation>
            <numerusform>Moving %n client to %1 (%2): %3.</numerusform>
            <numerusform>Moving %n clients to %1 (%2): %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these client(s) hold lifetime access.</source>
        <translation>
            <numerusform>%n of these clients holds lifetime access.</numerusform>
            <numerusform>%n of these clients hold lifetime access.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lifetime access(es) would be revoked: those clients lose access they were given for life.</source>
        <translation>
            <numerusform>%n lifetime access would be revoked: that client loses access they were given for life.</numerusform>
            <numerusform>%n lifetime accesses would be revoked: those clients lose access they were given for life.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loses %n</source>
        <translation>
            <numerusform>Loses %n</numerusform>
            <numerusform>Loses %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keeps %n</source>
        <translation>
            <numerusform>Keeps %n</numerusform>
            <numerusform>Keeps %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinedesk::ChannelsPanel</name>
    <message numerus="yes">
        <source>Outbox: %n sent</source>
        <translation>
            <numerusform>Outbox: %n sent</numerusform>
            <numerusform>Outbox: %n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) go again now.</source>
        <translation>
            <numerusform>%n message goes again now.</numerusform>
            <numerusform>%n messages go again now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinedesk::ClientsPage</name>
    <message numerus="yes">
        <source>%Ln matching client(s)</source>
        <translation>
            <numerusform>%Ln matching client</numerusform>
            <numerusform>%Ln matching clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) deleted.</source>
        <translation>
            <numerusform>%n client deleted.</numerusform>
            <numerusform>%n clients deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) exported to %1.</source>
        <translation>
            <numerusform>%n client exported to %1.</numerusform>
            <numerusform>%n clients exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n client(s) and their payments? Clients who ever held an access are kept, so their history stays; set them Inactive instead.</source>
        <translation>
            <numerusform>Delete %n client and their payments? Clients who ever held an access are kept, so their history stays; set them Inactive instead.</numerusform>
            <numerusform>Delete %n clients and their payments? Clients who ever held an access are kept, so their history stays; set them Inactive instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n client(s)…</source>
        <translation>
            <numerusform>Deleting %n client…</numerusform>
            <numerusform>Deleting %n clients…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backing up, then deleting %n client(s)…</source>
        <translation>
            <numerusform>Backing up, then deleting %n client…</numerusform>
            <numerusform>Backing up, then deleting %n clients…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n client(s): %1. Save them as a segment, or select them for a bulk change.</source>
        <translation>
            <numerusform>Showing %n client: %1. Save it as a segment, or select it for a bulk change.</numerusform>
            <numerusform>Showing %n clients: %1. Save them as a segment, or select them for a bulk change.</numerusform>
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
    <name>pinedesk::ImportClientsDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %2, %3-separated, %n data line(s) previewed.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2, %3-separated, %n data line previewed.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2, %3-separated, %n data lines previewed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview of the first lines: %n of them would be rejected (the reason is in the Result column). The other lines are imported.</source>
        <translation>
            <numerusform>Preview of the first lines: %n of them would be rejected (the reason is in the Result column). The other lines are imported.</numerusform>
            <numerusform>Preview of the first lines: %n of them would be rejected (the reason is in the Result column). The other lines are imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new client(s)</source>
        <translation>
            <numerusform>%n new client</numerusform>
            <numerusform>%n new clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new payment(s)</source>
        <translation>
            <numerusform>%n new payment</numerusform>
            <numerusform>%n new payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) already recorded</source>
        <translation>
            <numerusform>%n payment already recorded</numerusform>
            <numerusform>%n payments already recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed or refunded payment(s) left out</source>
        <translation>
            <numerusform>%n failed or refunded payment left out</numerusform>
            <numerusform>%n failed or refunded payments left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) rejected</source>
        <translation>
            <numerusform>%n line rejected</numerusform>
            <numerusform>%n lines rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n access change(s) queued for TradingView</source>
        <translation>
            <numerusform>%n access change queued for TradingView</numerusform>
            <numerusform>%n access changes queued for TradingView</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paid payment(s) gave no access (no plan sells the product, or the client has no TradingView username)</source>
        <translation>
            <numerusform>%n paid payment gave no access (no plan sells the product, or the client has no TradingView username)</numerusform>
            <numerusform>%n paid payments gave no access (no plan sells the product, or the client has no TradingView username)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinedesk::ImportScriptsDialog</name>
    <message numerus="yes">
        <source>All %n script(s) of your account are already in the catalog.</source>
        <translation>
            <numerusform>The %n script of your account is already in the catalog.</numerusform>
            <numerusform>All %n scripts of your account are already in the catalog.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n script(s) are not in the catalog yet and are checked to be added.</source>
        <translation>
            <numerusform>%n script is not in the catalog yet and is checked to be added.</numerusform>
            <numerusform>%n scripts are not in the catalog yet and are checked to be added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinedesk::IndicatorsPage</name>
    <message numerus="yes">
        <source>%n script(s) added to the catalog.</source>
        <translation>
            <numerusform>%n script added to the catalog.</numerusform>
            <numerusform>%n scripts added to the catalog.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinedesk::MainWindow</name>
    <message numerus="yes">
        <source>%n selected client(s)</source>
        <translation>
            <numerusform>%n selected client</numerusform>
            <numerusform>%n selected clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinedesk::NotificationButton</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n unread notification</numerusform>
            <numerusform>%n unread notifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinedesk::PaymentsPage</name>
    <message numerus="yes">
        <source>%n payment(s); kept: %1</source>
        <translation>
            <numerusform>%n payment; kept: %1</numerusform>
            <numerusform>%n payments; kept: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) written to %1.</source>
        <translation>
            <numerusform>%n payment written to %1.</numerusform>
            <numerusform>%n payments written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinedesk::PlansPage</name>
    <message numerus="yes">
        <source>%n client(s) hold indicators through it; they keep their access, which is then no longer linked to a plan.</source>
        <translation>
            <numerusform>%n client holds indicators through it and keeps the access, which is then no longer linked to a plan.</numerusform>
            <numerusform>%n clients hold indicators through it; they keep their access, which is then no longer linked to a plan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinedesk::ReconciliationPanel</name>
    <message numerus="yes">
        <source>%n fix(es) queued in the batch &quot;Reconciliation fixes&quot;.</source>
        <translation>
            <numerusform>%n fix queued in the batch &quot;Reconciliation fixes&quot;.</numerusform>
            <numerusform>%n fixes queued in the batch &quot;Reconciliation fixes&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last checked %1: %n script(s), </source>
        <translation>
            <numerusform>Last checked %1: %n script, </numerusform>
            <numerusform>Last checked %1: %n scripts, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s) on TradingView, </source>
        <translation>
            <numerusform>%n grant on TradingView, </numerusform>
            <numerusform>%n grants on TradingView, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s).</source>
        <translation>
            <numerusform>%n difference.</numerusform>
            <numerusform>%n differences.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n script(s) could not be checked:</source>
        <translation>
            <numerusform>%n script could not be checked:</numerusform>
            <numerusform>%n scripts could not be checked:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %1 of %n script(s)…</source>
        <translation>
            <numerusform>Checked %1 of %n script…</numerusform>
            <numerusform>Checked %1 of %n scripts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the access of %n user(s) who are not clients? They lose the scripts on TradingView when the queue runs.</source>
        <translation>
            <numerusform>Remove the access of %n user who is not a client? They lose the scripts on TradingView when the queue runs.</numerusform>
            <numerusform>Remove the access of %n users who are not clients? They lose the scripts on TradingView when the queue runs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinedesk::ReportsPage</name>
    <message numerus="yes">
        <source>%Ln row(s) written.</source>
        <translation>
            <numerusform>%Ln row written.</numerusform>
            <numerusform>%Ln rows written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written.</source>
        <translation>
            <numerusform>%n page written.</numerusform>
            <numerusform>%n pages written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinedesk::SubscriptionsPage</name>
    <message numerus="yes">
        <source>%Ln access(es)</source>
        <translation>
            <numerusform>%Ln access</numerusform>
            <numerusform>%Ln accesses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading the %n selected access(es)…</source>
        <translation>
            <numerusform>Reading the %n selected access…</numerusform>
            <numerusform>Reading the %n selected accesses…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) queued for TradingView.</source>
        <translation>
            <numerusform>%n change queued for TradingView.</numerusform>
            <numerusform>%n changes queued for TradingView.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lifetime access(es) stay lifetime; use Until date… to end them.</source>
        <translation>
            <numerusform>%n lifetime access stays lifetime; use Until date… to end it.</numerusform>
            <numerusform>%n lifetime accesses stay lifetime; use Until date… to end them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already as asked.</source>
        <translation>
            <numerusform>%n already as asked.</numerusform>
            <numerusform>%n already as asked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give lifetime access for the %n selected access(es)? They will never expire.</source>
        <translation>
            <numerusform>Give lifetime access for the %n selected access? It will never expire.</numerusform>
            <numerusform>Give lifetime access for the %n selected accesses? They will never expire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queuing %n extension(s)…</source>
        <translation>
            <numerusform>Queuing %n extension…</numerusform>
            <numerusform>Queuing %n extensions…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected accesses are lifetime. Setting a date ends them on %1: those clients lose the access they were given for life.</source>
        <translation>
            <numerusform>%n of the selected accesses is lifetime. Setting a date ends it on %1: that client loses the access they were given for life.</numerusform>
            <numerusform>%n of the selected accesses are lifetime. Setting a date ends them on %1: those clients lose the access they were given for life.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queuing %n change(s)…</source>
        <translation>
            <numerusform>Queuing %n change…</numerusform>
            <numerusform>Queuing %n changes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n access(es)? TradingView removes them at the next sync; the history is kept and you can grant them again later.</source>
        <translation>
            <numerusform>Revoke %n access? TradingView removes it at the next sync; the history is kept and you can grant it again later.</numerusform>
            <numerusform>Revoke %n accesses? TradingView removes them at the next sync; the history is kept and you can grant them again later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queuing %n revoke(s)…</source>
        <translation>
            <numerusform>Queuing %n revoke…</numerusform>
            <numerusform>Queuing %n revokes…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinedesk::SyncBatchModel</name>
    <message numerus="yes">
        <source>Finished, %n failed</source>
        <translation>
            <numerusform>Finished, %n failed</numerusform>
            <numerusform>Finished, %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n being sent now</source>
        <translation>
            <numerusform>%n being sent now</numerusform>
            <numerusform>%n being sent now</numerusform>
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
        <translation>
            <numerusform>%n failed change queued again.</numerusform>
            <numerusform>%n failed changes queued again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) cancelled. What PineDesk intends is unchanged, so these clients now differ from TradingView until you change them again.</source>
        <translation>
            <numerusform>%n change cancelled. What PineDesk intends is unchanged, so this client now differs from TradingView until you change it again.</numerusform>
            <numerusform>%n changes cancelled. What PineDesk intends is unchanged, so these clients now differ from TradingView until you change them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pace found: %1 changes a second, up to %n at once (between %2 and %3)</source>
        <translation>
            <numerusform>Pace found: %1 changes a second, up to %n at once (between %2 and %3)</numerusform>
            <numerusform>Pace found: %1 changes a second, up to %n at once (between %2 and %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pacing: adapts between %1 and %2 changes a second, up to %n at once</source>
        <translation>
            <numerusform>Pacing: adapts between %1 and %2 changes a second, up to %n at once</numerusform>
            <numerusform>Pacing: adapts between %1 and %2 changes a second, up to %n at once</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinedesk::TrayNotifier</name>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (and %n more)</numerusform>
            <numerusform>%1 (and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinedesk::UntilDateDialog</name>
    <message numerus="yes">
        <source>The %n selected access(es) will end on this day.</source>
        <translation>
            <numerusform>The %n selected access will end on this day.</numerusform>
            <numerusform>The %n selected accesses will end on this day.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinedesk::WebhookHost</name>
    <message numerus="yes">
        <source>Receiving webhooks on http://%1:%2 (%n provider(s) with a secret).</source>
        <translation>
            <numerusform>Receiving webhooks on http://%1:%2 (%n provider with a secret).</numerusform>
            <numerusform>Receiving webhooks on http://%1:%2 (%n providers with a secret).</numerusform>
        </translation>
    </message>
</context>
</TS>
