<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccessChanges</name>
    <message>
        <source>No usernames were given.</source>
        <translation>No se indicó ningún usuario.</translation>
    </message>
    <message>
        <source>No indicator was given.</source>
        <translation>No se indicó ningún indicador.</translation>
    </message>
    <message>
        <source>Say how long: a duration, a date or lifetime.</source>
        <translation>Indica cuánto tiempo: una duración, una fecha o de por vida.</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Conceder</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Extender</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
</context>
<context>
    <name>AccessSelection</name>
    <message>
        <source>Extend by %1</source>
        <translation>Extender %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Hasta %1</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>otra persona</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocado</translation>
    </message>
    <message>
        <source>lifetime</source>
        <translation>de por vida</translation>
    </message>
    <message>
        <source>ends %1</source>
        <translation>termina el %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of the accesses you selected changed since you selected them: %1 on %2 is now %3 (changed by %4). Nothing was changed; look at them again and repeat.</source>
        <translation>
            <numerusform>%n de los accesos que seleccionaste cambió desde que lo seleccionaste: %1 en %2 ahora está %3 (lo cambió %4). No se cambió nada; vuelve a mirarlos y repite la acción.</numerusform>
            <numerusform>%n de los accesos que seleccionaste cambiaron desde que los seleccionaste: %1 en %2 ahora está %3 (lo cambió %4). No se cambió nada; vuelve a mirarlos y repite la acción.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccessStatusRule</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Por vencer</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>De por vida</translation>
    </message>
</context>
<context>
    <name>AccessStore</name>
    <message>
        <source>The client or the indicator no longer exists.</source>
        <translation>El cliente o el indicador ya no existe.</translation>
    </message>
    <message>
        <source>This client has no TradingView username yet; add it before giving access.</source>
        <translation>Este cliente aún no tiene usuario de TradingView; añádelo antes de darle acceso.</translation>
    </message>
    <message>
        <source>%1 has no access to %2.</source>
        <translation>%1 no tiene acceso a %2.</translation>
    </message>
</context>
<context>
    <name>AnalyticsCharts</name>
    <message>
        <source>Active and paying clients at each month&apos;s end</source>
        <translation>Clientes activos y de pago al final de cada mes</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Paying</source>
        <translation>De pago</translation>
    </message>
    <message>
        <source>New, reactivated and churned clients per month</source>
        <translation>Clientes nuevos, reactivados y perdidos por mes</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Reactivados</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Perdidos</translation>
    </message>
    <message>
        <source>Revenue per month, net of refunds</source>
        <translation>Ingresos por mes, descontados los reembolsos</translation>
    </message>
    <message>
        <source>MRR movement (%1)</source>
        <translation>Movimiento del MRR (%1)</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Reactivación</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Expansión</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>Contracción</translation>
    </message>
    <message>
        <source>Top indicators: active accesses at the end</source>
        <translation>Indicadores principales: accesos activos al final</translation>
    </message>
    <message>
        <source>Active accesses</source>
        <translation>Accesos activos</translation>
    </message>
</context>
<context>
    <name>AnalyticsLoader</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>AnalyticsSnapshot</name>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Últimos 6 meses</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>En lo que va de año</translation>
    </message>
</context>
<context>
    <name>ApiAccess</name>
    <message>
        <source>The body is not JSON: %1</source>
        <translation>El cuerpo no es JSON: %1</translation>
    </message>
    <message>
        <source>&quot;action&quot; is grant, extend, revoke or replace.</source>
        <translation>&quot;action&quot; es grant, extend, revoke o replace.</translation>
    </message>
    <message>
        <source>Send 1 to %1 usernames.</source>
        <translation>Envía de 1 a %1 nombres de usuario.</translation>
    </message>
    <message>
        <source>No valid username.</source>
        <translation>Ningún nombre de usuario válido.</translation>
    </message>
    <message>
        <source>There is no plan called %1.</source>
        <translation>No hay ningún plan llamado %1.</translation>
    </message>
    <message>
        <source>%1 is not in the catalog.</source>
        <translation>%1 no está en el catálogo.</translation>
    </message>
    <message>
        <source>Say which scripts: &quot;indicators&quot; (pine ids) or a &quot;plan&quot;.</source>
        <translation>Indica qué scripts: &quot;indicators&quot; (ids de Pine) o un &quot;plan&quot;.</translation>
    </message>
    <message>
        <source>&quot;until&quot; is a date such as 2027-01-31.</source>
        <translation>&quot;until&quot; es una fecha como 2027-01-31.</translation>
    </message>
    <message>
        <source>Say how long: &quot;duration&quot; (30D, 1M, lifetime) or &quot;until&quot;.</source>
        <translation>Indica cuánto tiempo: &quot;duration&quot; (30D, 1M, lifetime) o &quot;until&quot;.</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API: %1</translation>
    </message>
    <message>
        <source>A replace names both plans: &quot;from_plan&quot; and &quot;plan&quot;.</source>
        <translation>Un replace indica los dos planes: &quot;from_plan&quot; y &quot;plan&quot;.</translation>
    </message>
    <message>
        <source>Not on the plan %1.</source>
        <translation>No está en el plan %1.</translation>
    </message>
</context>
<context>
    <name>ApiKeyCommand</name>
    <message>
        <source>Keys for the REST API: create --name NAME, list, revoke NAME.</source>
        <translation>Claves de la API REST: create --name NAME, list, revoke NAME.</translation>
    </message>
    <message>
        <source>What the key is for, e.g. &quot;my website&quot;.</source>
        <translation>Para qué es la clave, p. ej. &quot;mi web&quot;.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Qué hacer.</translation>
    </message>
    <message>
        <source>Key %1 created. It is shown only now: keep it somewhere safe.</source>
        <translation>Clave %1 creada. Solo se muestra ahora: guárdala en un lugar seguro.</translation>
    </message>
    <message>
        <source>Key %1 revoked.</source>
        <translation>Clave %1 revocada.</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocada</translation>
    </message>
    <message>
        <source>last used %1</source>
        <translation>último uso %1</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>sin usar</translation>
    </message>
    <message>
        <source>Usage: pinedesk api-key create --name NAME | list | revoke NAME</source>
        <translation>Uso: pinedesk api-key create --name NAME | list | revoke NAME</translation>
    </message>
</context>
<context>
    <name>ApiKeyStore</name>
    <message>
        <source>Give the key a name of 1 to 80 characters, e.g. the system that uses it.</source>
        <translation>Da a la clave un nombre de 1 a 80 caracteres, p. ej. el sistema que la usa.</translation>
    </message>
    <message>
        <source>A key called %1 exists already.</source>
        <translation>Ya existe una clave llamada %1.</translation>
    </message>
    <message>
        <source>There is no live key called %1.</source>
        <translation>No hay ninguna clave activa llamada %1.</translation>
    </message>
</context>
<context>
    <name>AutomationService</name>
    <message>
        <source>Ignored by %1.</source>
        <translation>Ignorado por %1.</translation>
    </message>
</context>
<context>
    <name>BackupCatalog</name>
    <message>
        <source>The backup folder %1 cannot be read.</source>
        <translation>No se puede leer la carpeta de copias de seguridad %1.</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln access(es)</source>
        <translation>
            <numerusform>%Ln acceso</numerusform>
            <numerusform>%Ln accesos</numerusform>
        </translation>
    </message>
    <message>
        <source>Take a verified backup of the database, then keep what the retention keeps (7 daily, 4 weekly, 12 monthly).</source>
        <translation>Hace una copia de seguridad verificada de la base de datos y después conserva lo que indica la retención (7 diarias, 4 semanales, 12 mensuales).</translation>
    </message>
    <message>
        <source>The backup folder (default: the one in Settings).</source>
        <translation>La carpeta de copias de seguridad (por defecto, la de Ajustes).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <source>Delete no older backup.</source>
        <translation>No borrar ninguna copia anterior.</translation>
    </message>
    <message>
        <source>Backup written and verified:</source>
        <translation>Copia de seguridad escrita y verificada:</translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) removed by the retention.</source>
        <translation>
            <numerusform>%n copia anterior eliminada por la retención.</numerusform>
            <numerusform>%n copias anteriores eliminadas por la retención.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the backups, newest first.</source>
        <translation>Lista las copias de seguridad, de la más reciente a la más antigua.</translation>
    </message>
    <message>
        <source>Check each backup and show what it holds.</source>
        <translation>Comprueba cada copia y muestra lo que contiene.</translation>
    </message>
    <message>
        <source>Print as JSON.</source>
        <translation>Imprime en JSON.</translation>
    </message>
    <message>
        <source>No backups in %1.</source>
        <translation>No hay copias de seguridad en %1.</translation>
    </message>
    <message>
        <source>Put a backup in place of the database. The backup is checked first and the current database is backed up first; waiting changes are paused until you reconcile.</source>
        <translation>Pone una copia de seguridad en lugar de la base de datos. Antes se comprueba la copia y se hace una copia de la base de datos actual; los cambios pendientes quedan en pausa hasta que concilies.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>No pedir confirmación.</translation>
    </message>
    <message>
        <source>Where the current database is backed up first (default: Settings).</source>
        <translation>Dónde se copia antes la base de datos actual (por defecto, la de Ajustes).</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>La copia de seguridad que se restaura.</translation>
    </message>
    <message>
        <source>Say which backup to restore: pinedesk restore FILE</source>
        <translation>Indica qué copia restaurar: pinedesk restore ARCHIVO</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>Replace %1 with the backup of %2 (%3, %4)? Type yes to go on: </source>
        <translation>¿Sustituir %1 por la copia del %2 (%3, %4)? Escribe sí para continuar: </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation>Restaurada la copia del %1.</translation>
    </message>
    <message>
        <source>The database as it was is kept in %1.</source>
        <translation>La base de datos tal como estaba se conserva en %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) with waiting changes are paused: TradingView may have moved since the backup. Run &apos;pinedesk reconcile&apos;, then resume them with &apos;pinedesk queue --resume BATCH&apos;.</source>
        <translation>
            <numerusform>%n lote con cambios pendientes está en pausa: TradingView puede haber cambiado desde la copia. Ejecuta &apos;pinedesk reconcile&apos; y después reanúdalo con &apos;pinedesk queue --resume BATCH&apos;.</numerusform>
            <numerusform>%n lotes con cambios pendientes están en pausa: TradingView puede haber cambiado desde la copia. Ejecuta &apos;pinedesk reconcile&apos; y después reanúdalos con &apos;pinedesk queue --resume BATCH&apos;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message>
        <source>PineDesk is working on this database (%1, process %2 on %3). Close it, or stop that command, then restore.</source>
        <translation>PineDesk está trabajando con esta base de datos (%1, proceso %2 en %3). Ciérralo o detén ese comando y después restaura.</translation>
    </message>
</context>
<context>
    <name>BackupVerifier</name>
    <message>
        <source>There is no file %1.</source>
        <translation>No existe el archivo %1.</translation>
    </message>
    <message>
        <source>%1 is not a sound PineDesk database; it cannot be used as a backup.</source>
        <translation>%1 no es una base de datos de PineDesk en buen estado; no se puede usar como copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of PineDesk (schema %2; this version knows up to %3). Update PineDesk to use it.</source>
        <translation>%1 lo escribió una versión más reciente de PineDesk (esquema %2; esta versión conoce hasta el %3). Actualiza PineDesk para usarlo.</translation>
    </message>
</context>
<context>
    <name>BackupWriter</name>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta de copias de seguridad %1.</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>No se pudo escribir la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>A team database is backed up by its PostgreSQL server (for example with pg_dump), not from a desktop.</source>
        <translation>Una base de datos de equipo la respalda su servidor PostgreSQL (por ejemplo con pg_dump), no un escritorio.</translation>
    </message>
</context>
<context>
    <name>BulkHoldings</name>
    <message>
        <source>%1 lifetime</source>
        <translation>%1 de por vida</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 hasta %2</translation>
    </message>
</context>
<context>
    <name>BulkPreview</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Grant of %1 until %2</source>
        <translation>Concesión de %1 hasta %2</translation>
    </message>
    <message>
        <source>Lifetime grant of %1</source>
        <translation>Concesión de por vida de %1</translation>
    </message>
    <message>
        <source>Grant of %1 for %2</source>
        <translation>Concesión de %1 durante %2</translation>
    </message>
    <message>
        <source>Extension of %1 until %2</source>
        <translation>Extensión de %1 hasta %2</translation>
    </message>
    <message>
        <source>Lifetime extension of %1</source>
        <translation>Extensión de por vida de %1</translation>
    </message>
    <message>
        <source>Extension of %1 by %2</source>
        <translation>Extensión de %1 en %2</translation>
    </message>
    <message>
        <source>Revocation of %1</source>
        <translation>Revocación de %1</translation>
    </message>
    <message>
        <source>Move from %1 to %2</source>
        <translation>Cambio de %1 a %2</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) hold lifetime access.</source>
        <translation>
            <numerusform>%n cliente tiene acceso de por vida.</numerusform>
            <numerusform>%n clientes tienen acceso de por vida.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lifetime access(es) will end: those clients lose access they were given for life.</source>
        <translation>
            <numerusform>%n acceso de por vida terminará: ese cliente pierde el acceso que se le dio de por vida.</numerusform>
            <numerusform>%n accesos de por vida terminarán: esos clientes pierden el acceso que se les dio de por vida.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their lifetime access stays as it is.</source>
        <translation>Su acceso de por vida se mantiene tal como está.</translation>
    </message>
    <message>
        <source>%1 is retired: you are giving access to an indicator you no longer sell.</source>
        <translation>%1 está retirado: estás dando acceso a un indicador que ya no vendes.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) have no e-mail address: you cannot tell them about this change.</source>
        <translation>
            <numerusform>%n cliente no tiene dirección de correo electrónico: no puedes avisarle de este cambio.</numerusform>
            <numerusform>%n clientes no tienen dirección de correo electrónico: no puedes avisarles de este cambio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n username(s) are not clients yet: they are added as clients when the changes are queued.</source>
        <translation>
            <numerusform>%n nombre de usuario aún no es cliente: se añade como cliente cuando los cambios se ponen en cola.</numerusform>
            <numerusform>%n nombres de usuario aún no son clientes: se añaden como clientes cuando los cambios se ponen en cola.</numerusform>
        </translation>
    </message>
    <message>
        <source>That plan no longer exists.</source>
        <translation>Ese plan ya no existe.</translation>
    </message>
    <message>
        <source>An indicator you chose is no longer in the catalog.</source>
        <translation>Un indicador que elegiste ya no está en el catálogo.</translation>
    </message>
    <message numerus="yes">
        <source>Bulk %1: %2 (%n client(s))</source>
        <translation>
            <numerusform>%1 en lote: %2 (%n cliente)</numerusform>
            <numerusform>%1 en lote: %2 (%n clientes)</numerusform>
        </translation>
    </message>
    <message>
        <source>New grant</source>
        <translation>Nueva concesión</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>lifetime</source>
        <translation>de por vida</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>%1: new, %2</source>
        <translation>%1: nuevo, %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: revoke (was %2)</source>
        <translation>%1: revocar (era %2)</translation>
    </message>
    <message>
        <source>%1: stays %2</source>
        <translation>%1: sigue %2</translation>
    </message>
    <message>
        <source>%1: holds nothing</source>
        <translation>%1: no tiene nada</translation>
    </message>
</context>
<context>
    <name>BulkQueue</name>
    <message>
        <source>Nothing to queue: every user already has what you asked for.</source>
        <translation>Nada que poner en cola: cada usuario ya tiene lo que pediste.</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Campaña %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>BulkRecipients</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>pasted list</source>
        <translation>lista pegada</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message numerus="yes">
        <source>%n username(s)</source>
        <translation>
            <numerusform>%n nombre de usuario</numerusform>
            <numerusform>%n nombres de usuario</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) merged</source>
        <translation>
            <numerusform>%n duplicado fusionado</numerusform>
            <numerusform>%n duplicados fusionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) are not usernames</source>
        <translation>
            <numerusform>%n entrada no es un nombre de usuario</numerusform>
            <numerusform>%n entradas no son nombres de usuario</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) have no TradingView username</source>
        <translation>
            <numerusform>%n cliente no tiene nombre de usuario de TradingView</numerusform>
            <numerusform>%n clientes no tienen nombre de usuario de TradingView</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkRequest</name>
    <message>
        <source>Choose the plan the clients leave.</source>
        <translation>Elige el plan que dejan los clientes.</translation>
    </message>
    <message>
        <source>Choose the plan the clients move to.</source>
        <translation>Elige el plan al que pasan los clientes.</translation>
    </message>
    <message>
        <source>Choose two different plans.</source>
        <translation>Elige dos planes distintos.</translation>
    </message>
    <message>
        <source>Choose at least one indicator, or a plan.</source>
        <translation>Elige al menos un indicador o un plan.</translation>
    </message>
    <message>
        <source>Say how long: a duration, a date or lifetime.</source>
        <translation>Indica cuánto tiempo: una duración, una fecha o de por vida.</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Conceder</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Extender</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Change plan</source>
        <translation>Cambiar de plan</translation>
    </message>
</context>
<context>
    <name>BulkResults</name>
    <message>
        <source>Added on TradingView</source>
        <translation>Añadido en TradingView</translation>
    </message>
    <message>
        <source>Expiry changed on TradingView</source>
        <translation>Vencimiento cambiado en TradingView</translation>
    </message>
    <message>
        <source>Removed from TradingView</source>
        <translation>Eliminado de TradingView</translation>
    </message>
    <message>
        <source>Already without access on TradingView</source>
        <translation>Ya sin acceso en TradingView</translation>
    </message>
    <message>
        <source>lifetime</source>
        <translation>de por vida</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Pine ID</source>
        <translation>Pine ID</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Finished (UTC)</source>
        <translation>Finalizado (UTC)</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Reintentando</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>BusinessPdf</name>
    <message>
        <source>Business report</source>
        <translation>Informe de negocio</translation>
    </message>
    <message>
        <source>business-report-%1-to-%2.pdf</source>
        <translation>informe-de-negocio-%1-a-%2.pdf</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message numerus="yes">
        <source>Every figure is compared with the period of the same length just before. Churn allows %n day(s) of grace. Computed %1 (UTC).</source>
        <translation>
            <numerusform>Cada cifra se compara con el periodo de la misma duración justo anterior. La baja admite %n día de gracia. Calculado el %1 (UTC).</numerusform>
            <numerusform>Cada cifra se compara con el periodo de la misma duración justo anterior. La baja admite %n días de gracia. Calculado el %1 (UTC).</numerusform>
        </translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Este periodo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>The charts show twelve months, so a short range keeps its context.</source>
        <translation>Los gráficos muestran doce meses, para que un rango corto conserve su contexto.</translation>
    </message>
    <message>
        <source>Active and paying clients at each month&apos;s end</source>
        <translation>Clientes activos y de pago al final de cada mes</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Paying</source>
        <translation>De pago</translation>
    </message>
    <message>
        <source>New, reactivated and churned clients per month</source>
        <translation>Clientes nuevos, reactivados y dados de baja por mes</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Reactivados</translation>
    </message>
    <message>
        <source>Churned (below zero)</source>
        <translation>Bajas (bajo cero)</translation>
    </message>
    <message>
        <source>Revenue per month, net of refunds</source>
        <translation>Ingresos por mes, descontados los reembolsos</translation>
    </message>
    <message>
        <source>MRR movement per month (%1)</source>
        <translation>Movimiento del MRR por mes (%1)</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Reactivación</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Expansión</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>Contracción</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Bajas</translation>
    </message>
    <message>
        <source>Indicators by active clients at the end of the range</source>
        <translation>Indicadores por clientes activos al final del rango</translation>
    </message>
    <message>
        <source>Active clients</source>
        <translation>Clientes activos</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Mes a mes</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Tasa de bajas</translation>
    </message>
    <message>
        <source>Renewal rate</source>
        <translation>Tasa de renovación</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Active and paying: at the month&apos;s end. Money per currency, never added across currencies.</source>
        <translation>Activos y de pago: al final del mes. Importes por moneda, nunca sumados entre monedas.</translation>
    </message>
    <message>
        <source>Cohort retention</source>
        <translation>Retención por cohortes</translation>
    </message>
    <message>
        <source>The share of each month&apos;s new clients still active at the end of each later month (month 0 is the month they arrived).</source>
        <translation>La parte de los clientes nuevos de cada mes que sigue activa al final de cada mes posterior (el mes 0 es el mes en que llegaron).</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>M%1</source>
        <translation>M%1</translation>
    </message>
    <message>
        <source>Indicators and plans</source>
        <translation>Indicadores y planes</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Active clients at the end</source>
        <translation>Clientes activos al final</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Revenue in the range</source>
        <translation>Ingresos en el rango</translation>
    </message>
    <message>
        <source>Revenue at risk</source>
        <translation>Ingresos en riesgo</translation>
    </message>
    <message>
        <source>Dated paid accesses ending in the next days, and the revenue their last payments represent: what the reminders are there to save.</source>
        <translation>Accesos de pago con fecha que terminan en los próximos días, y los ingresos que representan sus últimos pagos: lo que los recordatorios están para salvar.</translation>
    </message>
    <message>
        <source>Ending within</source>
        <translation>Terminan en</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusinessReport</name>
    <message>
        <source>A month is written like 2026-01; &quot;%1&quot; is not one.</source>
        <translation>Un mes se escribe como 2026-01; «%1» no lo es.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Active at start</source>
        <translation>Activos al inicio</translation>
    </message>
    <message>
        <source>Active at end</source>
        <translation>Activos al final</translation>
    </message>
    <message>
        <source>Paying at end</source>
        <translation>De pago al final</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Perdidos</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Reactivados</translation>
    </message>
    <message>
        <source>Churn rate (%)</source>
        <translation>Tasa de abandono (%)</translation>
    </message>
    <message>
        <source>Renewal rate (%)</source>
        <translation>Tasa de renovación (%)</translation>
    </message>
    <message>
        <source>Revenue %1</source>
        <translation>Ingresos %1</translation>
    </message>
    <message>
        <source>MRR %1</source>
        <translation>MRR %1</translation>
    </message>
    <message>
        <source>ARPU %1</source>
        <translation>ARPU %1</translation>
    </message>
    <message>
        <source>Figures month by month</source>
        <translation>Cifras mes a mes</translation>
    </message>
    <message>
        <source>MRR movement month by month</source>
        <translation>Movimiento del MRR mes a mes</translation>
    </message>
    <message>
        <source>Cohort retention</source>
        <translation>Retención por cohortes</translation>
    </message>
    <message>
        <source>Indicators by active clients</source>
        <translation>Indicadores por clientes activos</translation>
    </message>
    <message>
        <source>Revenue by plan</source>
        <translation>Ingresos por plan</translation>
    </message>
    <message>
        <source>Revenue at risk</source>
        <translation>Ingresos en riesgo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Reactivación</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Expansión</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>Contracción</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Month %1 (%)</source>
        <translation>Mes %1 (%)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Active clients at the end</source>
        <translation>Clientes activos al final</translation>
    </message>
    <message>
        <source>New grants</source>
        <translation>Altas nuevas</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Ending within (days)</source>
        <translation>Terminan en (días)</translation>
    </message>
</context>
<context>
    <name>CampaignReport</name>
    <message numerus="yes">
        <source>Within %n day(s)</source>
        <translation>
            <numerusform>En un plazo de %n día</numerusform>
            <numerusform>En un plazo de %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n day(s)</source>
        <translation>
            <numerusform>Después de %n día</numerusform>
            <numerusform>Después de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 days</source>
        <translation>De %1 a %2 días</translation>
    </message>
</context>
<context>
    <name>CampaignStore</name>
    <message>
        <source>A campaign needs a name.</source>
        <translation>Una campaña necesita un nombre.</translation>
    </message>
    <message>
        <source>A campaign name has at most 100 characters.</source>
        <translation>El nombre de una campaña tiene como máximo 100 caracteres.</translation>
    </message>
    <message>
        <source>A campaign named &quot;%1&quot; already exists.</source>
        <translation>Ya existe una campaña llamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>That campaign no longer exists.</source>
        <translation>Esa campaña ya no existe.</translation>
    </message>
</context>
<context>
    <name>CatalogCommand</name>
    <message>
        <source>Usage: pinedesk %1 %2 ... (see --help).</source>
        <translation>Uso: pinedesk %1 %2 ... (consulta --help).</translation>
    </message>
    <message>
        <source>Add an invite-only script to the catalog: add PINE_ID</source>
        <translation>Añade un script solo por invitación al catálogo: add PINE_ID</translation>
    </message>
    <message>
        <source>The name vendors and clients know it by.</source>
        <translation>El nombre con el que lo conocen vendedores y clientes.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>add PINE_ID</source>
        <translation>add PINE_ID</translation>
    </message>
    <message>
        <source>Give one script id, such as PUB;0123456789abcdef0123456789abcdef.</source>
        <translation>Indica un id de script, como PUB;0123456789abcdef0123456789abcdef.</translation>
    </message>
    <message>
        <source>Indicator %1 added (%2).</source>
        <translation>Indicador %1 añadido (%2).</translation>
    </message>
    <message>
        <source>Add a plan: add NAME --indicator PINE_ID... --duration D</source>
        <translation>Añade un plan: add NAME --indicator PINE_ID... --duration D</translation>
    </message>
    <message>
        <source>A script of the plan (repeat it).</source>
        <translation>Un script del plan (se puede repetir).</translation>
    </message>
    <message>
        <source>PINE_ID</source>
        <translation>PINE_ID</translation>
    </message>
    <message>
        <source>How long a purchase gives: 30D, 4W, 1M, 1Y or lifetime.</source>
        <translation>Cuánto tiempo da una compra: 30D, 4W, 1M, 1Y o lifetime.</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>The price, such as &quot;49.00 USD&quot;.</source>
        <translation>El precio, como &quot;49.00 USD&quot;.</translation>
    </message>
    <message>
        <source>AMOUNT CUR</source>
        <translation>AMOUNT CUR</translation>
    </message>
    <message>
        <source>add NAME</source>
        <translation>add NAME</translation>
    </message>
    <message>
        <source>Give the plan&apos;s name, at least one --indicator and its --duration.</source>
        <translation>Indica el nombre del plan, al menos un --indicator y su --duration.</translation>
    </message>
    <message>
        <source>--price takes an amount and a currency, such as &quot;49.00 USD&quot;.</source>
        <translation>--price admite un importe y una moneda, como &quot;49.00 USD&quot;.</translation>
    </message>
    <message>
        <source>%1 is not in the catalog; add it with &apos;pinedesk indicators add&apos;.</source>
        <translation>%1 no está en el catálogo; añádelo con &apos;pinedesk indicators add&apos;.</translation>
    </message>
    <message>
        <source>Plan %1 added.</source>
        <translation>Plan %1 añadido.</translation>
    </message>
    <message>
        <source>Say which plan a provider&apos;s product sells: map PROVIDER PRODUCT_ID --plan NAME, or list</source>
        <translation>Indica qué plan vende el producto de un proveedor: map PROVIDER PRODUCT_ID --plan NAME, o list</translation>
    </message>
    <message>
        <source>The PineDesk plan.</source>
        <translation>El plan de PineDesk.</translation>
    </message>
    <message>
        <source>map PROVIDER PRODUCT_ID, or list</source>
        <translation>map PROVIDER PRODUCT_ID, o list</translation>
    </message>
    <message>
        <source>Give the provider, the product id and --plan.</source>
        <translation>Indica el proveedor, el id del producto y --plan.</translation>
    </message>
    <message>
        <source>Unknown provider %1; PineDesk knows %2.</source>
        <translation>Proveedor desconocido %1; PineDesk conoce %2.</translation>
    </message>
    <message>
        <source>%1 product %2 now sells %3.</source>
        <translation>El producto %2 de %1 ahora vende %3.</translation>
    </message>
    <message>
        <source>There is no plan called %1.</source>
        <translation>No hay ningún plan llamado %1.</translation>
    </message>
    <message>
        <source>Where a client renews it (the reminders&apos; link).</source>
        <translation>Dónde lo renueva un cliente (el enlace de los recordatorios).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
</context>
<context>
    <name>CatalogService</name>
    <message>
        <source>Imported from TradingView</source>
        <translation>Importado de TradingView</translation>
    </message>
</context>
<context>
    <name>ChannelDrain</name>
    <message>
        <source>%1 has messages waiting, but no %2 is saved; set it in Settings › Team channels.</source>
        <translation>%1 tiene mensajes en espera, pero no se ha guardado %2; guárdala en Ajustes › Canales del equipo.</translation>
    </message>
</context>
<context>
    <name>ChannelPoster</name>
    <message>
        <source>No %1 %2 is saved; set it in Settings › Team channels.</source>
        <translation>No se ha guardado %2 de %1; guárdala en Ajustes › Canales del equipo.</translation>
    </message>
    <message>
        <source>The network library could not start.</source>
        <translation>La biblioteca de red no pudo iniciarse.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>No se puede contactar con %1: %2</translation>
    </message>
    <message>
        <source>%1 asked to slow down; the rest waits.</source>
        <translation>%1 pidió ir más despacio; el resto espera.</translation>
    </message>
    <message>
        <source>%1 refused the %2 (%3: %4). Paste it again in Settings › Team channels; the messages wait.</source>
        <translation>%1 rechazó %2 (%3: %4). Pega de nuevo %2 en Ajustes › Canales del equipo; los mensajes esperan.</translation>
    </message>
    <message>
        <source>Telegram does not know the chat %1; check the chat in Settings › Team channels (the bot must be a member). The messages wait.</source>
        <translation>Telegram no conoce el chat %1; revisa el chat en Ajustes › Canales del equipo (el bot debe ser miembro). Los mensajes esperan.</translation>
    </message>
    <message>
        <source>%1 failed (%2: %3); it is tried again later.</source>
        <translation>%1 falló (%2: %3); se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>%1 refused the message (%2: %3).</source>
        <translation>%1 rechazó el mensaje (%2: %3).</translation>
    </message>
</context>
<context>
    <name>ChannelSettings</name>
    <message>
        <source>A Telegram chat is a number such as -1001234567890 (send a message to the bot and read it with getUpdates) or a public channel&apos;s @name.</source>
        <translation>Un chat de Telegram es un número como -1001234567890 (envía un mensaje al bot y léelo con getUpdates) o el @nombre de un canal público.</translation>
    </message>
</context>
<context>
    <name>ChannelsCommand</name>
    <message>
        <source>&quot;%1&quot; is not a channel: discord, slack or telegram.</source>
        <translation>«%1» no es un canal: discord, slack o telegram.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Outbox: %1 sent, %2 waiting, %3 failed.</source>
        <translation>Bandeja de salida: %1 enviados, %2 en espera, %3 fallidos.</translation>
    </message>
    <message>
        <source>--on and --off cannot go together.</source>
        <translation>--on y --off no pueden ir juntos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an event; these are: %2.</source>
        <translation>«%1» no es un evento; estos son: %2.</translation>
    </message>
    <message>
        <source>--chat is for telegram.</source>
        <translation>--chat es para telegram.</translation>
    </message>
    <message>
        <source>%1 is on.</source>
        <translation>%1 está activado.</translation>
    </message>
    <message>
        <source>%1 is off.</source>
        <translation>%1 está desactivado.</translation>
    </message>
    <message>
        <source>PineDesk test message</source>
        <translation>Mensaje de prueba de PineDesk</translation>
    </message>
    <message>
        <source>If your team reads this, PineDesk can tell them about sales and problems here.</source>
        <translation>Si tu equipo lee esto, PineDesk puede avisarle aquí de ventas y problemas.</translation>
    </message>
    <message>
        <source>%1 took the test message.</source>
        <translation>%1 aceptó el mensaje de prueba.</translation>
    </message>
    <message>
        <source>Sent %1, to retry later %2, failed %3.</source>
        <translation>Enviados %1, para reintentar más tarde %2, fallidos %3.</translation>
    </message>
    <message>
        <source>Usage: pinedesk channels secret discord|slack|telegram &lt; FILE</source>
        <translation>Uso: pinedesk channels secret discord|slack|telegram &lt; FILE</translation>
    </message>
    <message>
        <source>The %1 %2 was removed from the keychain.</source>
        <translation>Se quitó del llavero %2 de %1.</translation>
    </message>
    <message>
        <source>The %1 %2 is in the keychain.</source>
        <translation>Guardado en el llavero: %2 de %1.</translation>
    </message>
    <message>
        <source>Team channels (Discord, Slack, Telegram): status, set CHANNEL, secret CHANNEL (from standard input, into the keychain), test CHANNEL, send, retry.</source>
        <translation>Canales del equipo (Discord, Slack, Telegram): status, set CHANNEL, secret CHANNEL (desde la entrada estándar, al llavero), test CHANNEL, send, retry.</translation>
    </message>
    <message>
        <source>status: print as JSON.</source>
        <translation>status: imprime en JSON.</translation>
    </message>
    <message>
        <source>set: the channel hears its events.</source>
        <translation>set: el canal recibe sus eventos.</translation>
    </message>
    <message>
        <source>set: the channel hears nothing.</source>
        <translation>set: el canal no recibe nada.</translation>
    </message>
    <message>
        <source>set: what the channel hears, such as sale,dead_rows.</source>
        <translation>set: lo que recibe el canal, como sale,dead_rows.</translation>
    </message>
    <message>
        <source>KINDS</source>
        <translation>KINDS</translation>
    </message>
    <message>
        <source>set telegram: the chat the bot writes to.</source>
        <translation>set telegram: el chat en el que escribe el bot.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Qué hacer.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) go again with the next &apos;pinedesk channels send&apos; (or serve).</source>
        <translation>
            <numerusform>%n mensaje se enviará de nuevo con el próximo &apos;pinedesk channels send&apos; (o serve).</numerusform>
            <numerusform>%n mensajes se enviarán de nuevo con el próximo &apos;pinedesk channels send&apos; (o serve).</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: pinedesk channels [status|set CHANNEL|secret CHANNEL|test CHANNEL|send|retry] (see --help).</source>
        <translation>Uso: pinedesk channels [status|set CHANNEL|secret CHANNEL|test CHANNEL|send|retry] (ver --help).</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>No TradingView session is stored. Run &apos;pinedesk session set&apos; and paste the sessionid cookie, or set PINEDESK_TV_SESSION.</source>
        <translation>No hay ninguna sesión de TradingView guardada. Ejecuta &apos;pinedesk session set&apos; y pega la cookie sessionid, o define PINEDESK_TV_SESSION.</translation>
    </message>
</context>
<context>
    <name>ClientConflict</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>username</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>no e-mails</source>
        <translation>sin correos</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>the same as yours</source>
        <translation>lo mismo que la tuya</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>otra persona</translation>
    </message>
    <message>
        <source>%1 saved this client while you were editing it. The saved version has: %2. Nothing of yours was saved: save again to replace it with yours.</source>
        <translation>%1 guardó este cliente mientras lo editabas. La versión guardada tiene: %2. No se guardó nada tuyo: vuelve a guardar para sustituirla por la tuya.</translation>
    </message>
    <message>
        <source>%1 saved this client at %2 while you were editing it. The saved version has: %3. Nothing of yours was saved: save again to replace it with yours.</source>
        <translation>%1 guardó este cliente el %2 mientras lo editabas. La versión guardada tiene: %3. No se guardó nada tuyo: vuelve a guardar para sustituirla por la tuya.</translation>
    </message>
</context>
<context>
    <name>ClientExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
</context>
<context>
    <name>ClientHistoryPdf</name>
    <message>
        <source>History of %1</source>
        <translation>Historial de %1</translation>
    </message>
    <message>
        <source>history-%1.pdf</source>
        <translation>historial-%1.pdf</translation>
    </message>
    <message>
        <source>client since %1</source>
        <translation>cliente desde el %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), newest first. Times are local (%1).</source>
        <translation>
            <numerusform>%n evento, del más reciente al más antiguo. Horas locales (%1).</numerusform>
            <numerusform>%n eventos, del más reciente al más antiguo. Horas locales (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
</context>
<context>
    <name>ClientImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Choose the column that holds the TradingView username or the e-mail address.</source>
        <translation>Elige la columna que contiene el nombre de usuario de TradingView o la dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>The database cannot be written now; nothing was imported. %1</source>
        <translation>No se puede escribir en la base de datos ahora; no se importó nada. %1</translation>
    </message>
    <message>
        <source>The import could not start; nothing was imported. %1</source>
        <translation>No se pudo iniciar la importación; no se importó nada. %1</translation>
    </message>
    <message>
        <source>A quoted value is never closed (a &quot; is missing), so the rest of the file was read as one value.</source>
        <translation>Un valor entre comillas nunca se cierra (falta una &quot;), así que el resto del archivo se leyó como un solo valor.</translation>
    </message>
    <message>
        <source>The import stopped at line %1 and nothing was saved: %2</source>
        <translation>La importación se detuvo en la línea %1 y no se guardó nada: %2</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>The import could not be saved; nothing was imported. %1</source>
        <translation>No se pudo guardar la importación; no se importó nada. %1</translation>
    </message>
    <message>
        <source>The access from the payments could not be queued; nothing was imported. %1</source>
        <translation>No se pudo poner en cola el acceso de los pagos; no se importó nada. %1</translation>
    </message>
</context>
<context>
    <name>ClientListPdf</name>
    <message>
        <source>Client list</source>
        <translation>Lista de clientes</translation>
    </message>
    <message>
        <source>search &quot;%1&quot;</source>
        <translation>búsqueda «%1»</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>estado %1</translation>
    </message>
    <message>
        <source>client since %1 or later</source>
        <translation>cliente desde el %1 o después</translation>
    </message>
    <message>
        <source>client since %1 or earlier</source>
        <translation>cliente desde el %1 o antes</translation>
    </message>
    <message numerus="yes">
        <source>no payment for %n day(s)</source>
        <translation>
            <numerusform>sin pagos desde hace %n día</numerusform>
            <numerusform>sin pagos desde hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>spent at least %1 %2</source>
        <translation>ha gastado al menos %1 %2</translation>
    </message>
    <message>
        <source>spent at most %1 %2</source>
        <translation>ha gastado como mucho %1 %2</translation>
    </message>
    <message>
        <source>active on one indicator</source>
        <translation>activo en un indicador</translation>
    </message>
    <message numerus="yes">
        <source>an access ends within %n day(s)</source>
        <translation>
            <numerusform>un acceso termina en %n día</numerusform>
            <numerusform>un acceso termina en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>sync problems</source>
        <translation>problemas de sincronización</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen client(s)</source>
        <translation>
            <numerusform>%n cliente elegido</numerusform>
            <numerusform>%n clientes elegidos</numerusform>
        </translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Todos los clientes</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s).</source>
        <translation>
            <numerusform>%n cliente.</numerusform>
            <numerusform>%n clientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Client since</source>
        <translation>Cliente desde</translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation>Último pago</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activos</translation>
    </message>
</context>
<context>
    <name>ClientStatusNames</name>
    <message>
        <source>Lead</source>
        <translation>Potencial</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
</context>
<context>
    <name>ClientStore</name>
    <message>
        <source>A client needs a TradingView username or an e-mail address.</source>
        <translation>Un cliente necesita un usuario de TradingView o una dirección de correo.</translation>
    </message>
    <message>
        <source>A client with the TradingView username &quot;%1&quot; already exists.</source>
        <translation>Ya existe un cliente con el usuario de TradingView «%1».</translation>
    </message>
    <message>
        <source>The client no longer exists; it may have been deleted.</source>
        <translation>El cliente ya no existe; puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>Another client already has the TradingView username &quot;%1&quot;.</source>
        <translation>Otro cliente ya tiene el usuario de TradingView «%1».</translation>
    </message>
    <message>
        <source>%1 has held accesses to indicators, so the client is kept with its history. Set the client Inactive instead.</source>
        <translation>%1 ha tenido accesos a indicadores, así que el cliente se conserva con su historial. Márcalo como Inactivo en su lugar.</translation>
    </message>
    <message>
        <source>The client&apos;s language is English (en) or Spanish (es).</source>
        <translation>El idioma del cliente es inglés (en) o español (es).</translation>
    </message>
</context>
<context>
    <name>ClientTimeline</name>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>TradingView</source>
        <translation>TradingView</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(eliminado)</translation>
    </message>
    <message>
        <source>lifetime</source>
        <translation>de por vida</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Concedido</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 hasta el %2</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Extendido</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 hasta el %2</translation>
    </message>
    <message>
        <source>Plan changed</source>
        <translation>Plan cambiado</translation>
    </message>
    <message>
        <source>Shortened</source>
        <translation>Acortado</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>plan %1</source>
        <translation>plan %1</translation>
    </message>
    <message>
        <source>from a payment</source>
        <translation>de un pago</translation>
    </message>
    <message>
        <source>%1 refunded</source>
        <translation>%1 reembolsado</translation>
    </message>
    <message>
        <source>Applied on TradingView</source>
        <translation>Aplicado en TradingView</translation>
    </message>
    <message>
        <source>Refused by TradingView</source>
        <translation>Rechazado por TradingView</translation>
    </message>
    <message>
        <source>Change cancelled</source>
        <translation>Cambio cancelado</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Esperando para reintentar</translation>
    </message>
    <message>
        <source>Waiting for TradingView</source>
        <translation>Esperando a TradingView</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
</context>
<context>
    <name>ClientsReport</name>
    <message>
        <source>The client list is written as csv or pdf.</source>
        <translation>La lista de clientes se escribe como csv o pdf.</translation>
    </message>
    <message>
        <source>No segment is called &quot;%1&quot;.</source>
        <translation>Ningún segmento se llama «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a client status.</source>
        <translation>«%1» no es un estado de cliente.</translation>
    </message>
    <message>
        <source>The client list needs --out FILE.</source>
        <translation>La lista de clientes necesita --out ARCHIVO.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) written to %1.</source>
        <translation>
            <numerusform>%n cliente escrito en %1.</numerusform>
            <numerusform>%n clientes escritos en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvFormat</name>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 con BOM</translation>
    </message>
    <message>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation>Latin-1 (ISO 8859-1)</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>barra vertical</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>coma</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file could not be read to the end: %1</source>
        <translation>No se pudo leer el archivo hasta el final: %1</translation>
    </message>
</context>
<context>
    <name>CsvReport</name>
    <message>
        <source>Accesses</source>
        <translation>Accesos</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Every access with its client, indicator, expiry, plan and what TradingView holds.</source>
        <translation>Cada acceso con su cliente, indicador, vencimiento, plan y lo que tiene TradingView.</translation>
    </message>
    <message>
        <source>Payments received in the period, with the client and the reference.</source>
        <translation>Pagos recibidos en el periodo, con el cliente y la referencia.</translation>
    </message>
    <message>
        <source>Who changed what in the period.</source>
        <translation>Quién cambió qué en el periodo.</translation>
    </message>
    <message>
        <source>Choose a period whose end is not before its start.</source>
        <translation>Elige un periodo cuyo final no sea anterior a su inicio.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation>No se pudo escribir el archivo: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>No se puede crear la carpeta %1 para la base de datos.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>Cannot connect to the team database %1: %2</source>
        <translation>No se puede conectar con la base de datos de equipo %1: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>The database file has no table %1: is it a PineDesk database?</source>
        <translation>El archivo de base de datos no tiene la tabla %1: ¿es una base de datos de PineDesk?</translation>
    </message>
    <message>
        <source>Copy from a database file into a team database.</source>
        <translation>Copia de un archivo de base de datos a una base de datos de equipo.</translation>
    </message>
    <message>
        <source>The team database is not empty (%1 has rows). Copy into a new, empty database.</source>
        <translation>La base de datos de equipo no está vacía (%1 tiene filas). Copie en una base de datos nueva y vacía.</translation>
    </message>
    <message>
        <source>Copying %1 failed: %2</source>
        <translation>Falló la copia de %1: %2</translation>
    </message>
    <message>
        <source>The copy was cancelled; the team database is unchanged.</source>
        <translation>Se canceló la copia; la base de datos de equipo no cambió.</translation>
    </message>
    <message>
        <source>%1 differs after the copy (%2 rows in the file, %3 in the team database); nothing was kept.</source>
        <translation>%1 difiere tras la copia (%2 filas en el archivo, %3 en la base de datos de equipo); no se conservó nada.</translation>
    </message>
</context>
<context>
    <name>DatabaseTarget</name>
    <message>
        <source>The database is empty: give a file path or a postgresql:// address.</source>
        <translation>La base de datos está vacía: indique la ruta de un archivo o una dirección postgresql://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a file path nor a postgresql:// address.</source>
        <translation>«%1» no es ni la ruta de un archivo ni una dirección postgresql://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid database address: %2</source>
        <translation>«%1» no es una dirección de base de datos válida: %2</translation>
    </message>
    <message>
        <source>Leave the password out of the database address: PineDesk keeps it in the keychain (or set PGPASSWORD or ~/.pgpass for the command line).</source>
        <translation>Deje la contraseña fuera de la dirección de la base de datos: PineDesk la guarda en el llavero (o use PGPASSWORD o ~/.pgpass en la línea de órdenes).</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one of %2.</source>
        <translation>sslmode «%1» no es ninguno de %2.</translation>
    </message>
    <message>
        <source>The database address has an option PineDesk does not know: &quot;%1&quot;. Known: sslmode, host.</source>
        <translation>La dirección de la base de datos tiene una opción que PineDesk no conoce: «%1». Conocidas: sslmode, host.</translation>
    </message>
    <message>
        <source>The database address names no host, e.g. postgresql://maria@db.example.com/pinedesk.</source>
        <translation>La dirección de la base de datos no nombra ningún servidor, p. ej. postgresql://maria@db.example.com/pinedesk.</translation>
    </message>
    <message>
        <source>The database address names no database after the host, e.g. postgresql://maria@db.example.com/pinedesk.</source>
        <translation>La dirección de la base de datos no nombra ninguna base de datos tras el servidor, p. ej. postgresql://maria@db.example.com/pinedesk.</translation>
    </message>
    <message>
        <source>The database address names no user, e.g. postgresql://maria@db.example.com/pinedesk.</source>
        <translation>La dirección de la base de datos no nombra ningún usuario, p. ej. postgresql://maria@db.example.com/pinedesk.</translation>
    </message>
</context>
<context>
    <name>DemoDataCommand</name>
    <message>
        <source>Write a new PineDesk database filled with realistic demo data (the same seed gives the same data).</source>
        <translation>Escribe una base de datos nueva de PineDesk con datos de demostración realistas (la misma semilla da los mismos datos).</translation>
    </message>
    <message>
        <source>Number of clients (default 1000).</source>
        <translation>Número de clientes (1000 por defecto).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Semilla aleatoria (1 por defecto).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Database file to create.</source>
        <translation>Archivo de base de datos que se creará.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Pretend today is this date (YYYY-MM-DD); for reproducible files.</source>
        <translation>Toma esta fecha como hoy (AAAA-MM-DD); para archivos reproducibles.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Reemplaza ARCHIVO si ya existe.</translation>
    </message>
    <message>
        <source>--clients takes a whole number from 0 to 5000000.</source>
        <translation>--clients admite un número entero de 0 a 5000000.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed admite un número entero.</translation>
    </message>
    <message>
        <source>--as-of takes a date like 2026-11-24.</source>
        <translation>--as-of admite una fecha como 2026-11-24.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file with --out, or add --force to replace it.</source>
        <translation>%1 ya existe. Elige otro archivo con --out o añade --force para reemplazarlo.</translation>
    </message>
    <message>
        <source>Generated %1 of %2 clients</source>
        <translation>Generados %1 de %2 clientes</translation>
    </message>
    <message>
        <source>Wrote %1: %2 clients, %3 indicators (%4 versions), %5 plans, %6 accesses, %7 payments in %8 s.</source>
        <translation>Escrito %1: %2 clientes, %3 indicadores (%4 versiones), %5 planes, %6 accesos, %7 pagos en %8 s.</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>The number of clients cannot be negative.</source>
        <translation>El número de clientes no puede ser negativo.</translation>
    </message>
    <message>
        <source>The database already has data; demo data needs an empty database file.</source>
        <translation>La base de datos ya tiene datos; los datos de demostración necesitan un archivo vacío.</translation>
    </message>
    <message>
        <source>Demo data generation was cancelled; nothing was written.</source>
        <translation>Se canceló la generación de datos de demostración; no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>DurableFile</name>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be written to the disk: %2</source>
        <translation>No se pudo escribir %1 en el disco: %2</translation>
    </message>
    <message>
        <source>%1 could not be renamed to %2: %3</source>
        <translation>No se pudo renombrar %1 a %2: %3</translation>
    </message>
    <message>
        <source>%1 could not be copied to %2: %3</source>
        <translation>No se pudo copiar %1 a %2: %3</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>Use a number followed by D (days), W (weeks), M (months) or Y (years), such as 7D, 2W, 1M, 3M or 1Y; or L for lifetime.</source>
        <translation>Usa un número seguido de D (días), W (semanas), M (meses) o Y (años), como 7D, 2W, 1M, 3M o 1Y; o L para de por vida (lifetime).</translation>
    </message>
    <message>
        <source>The duration is empty.</source>
        <translation>La duración está vacía.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration.</source>
        <translation>«%1» no es una duración.</translation>
    </message>
    <message>
        <source>A duration must be at least 1.</source>
        <translation>Una duración debe ser al menos 1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than 100 years; use L for lifetime.</source>
        <translation>«%1» supera los 100 años; usa L para de por vida.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>De por vida</translation>
    </message>
</context>
<context>
    <name>EmailValidator</name>
    <message>
        <source>&quot;%1&quot; is not an e-mail address (expected something like name@example.com).</source>
        <translation>«%1» no es una dirección de correo (se esperaba algo como nombre@ejemplo.com).</translation>
    </message>
</context>
<context>
    <name>EngineStateNames</name>
    <message>
        <source>Syncing with TradingView</source>
        <translation>Sincronizando con TradingView</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Paused: the TradingView session expired</source>
        <translation>En pausa: la sesión de TradingView caducó</translation>
    </message>
    <message>
        <source>Waiting: TradingView keeps failing, trying again shortly</source>
        <translation>Esperando: TradingView sigue fallando, se reintentará en breve</translation>
    </message>
    <message>
        <source>Offline: TradingView cannot be reached</source>
        <translation>Sin conexión: no se puede contactar con TradingView</translation>
    </message>
    <message>
        <source>Idle: nothing waiting to be sent</source>
        <translation>En reposo: no hay nada pendiente de enviar</translation>
    </message>
    <message>
        <source>Waiting: another PineDesk is applying the queue</source>
        <translation>En espera: otro PineDesk está aplicando la cola</translation>
    </message>
</context>
<context>
    <name>ExpiryAgendaPdf</name>
    <message>
        <source>Expiry agenda</source>
        <translation>Agenda de vencimientos</translation>
    </message>
    <message>
        <source>expiry-agenda-%1-to-%2.pdf</source>
        <translation>agenda-de-vencimientos-%1-a-%2.pdf</translation>
    </message>
    <message>
        <source>The agenda needs a first day on or before its last day.</source>
        <translation>La agenda necesita un primer día igual o anterior a su último día.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>No access ends in these days.</source>
        <translation>Ningún acceso termina en estos días.</translation>
    </message>
    <message numerus="yes">
        <source>%n access(es) end in these days. Times are local (%1).</source>
        <translation>
            <numerusform>%n acceso termina en estos días. Horas locales (%1).</numerusform>
            <numerusform>%n accesos terminan en estos días. Horas locales (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n ending(s)</source>
        <translation>
            <numerusform>%1 · %n vencimiento</numerusform>
            <numerusform>%1 · %n vencimientos</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>TradingView</source>
        <translation>TradingView</translation>
    </message>
</context>
<context>
    <name>ExpiryMonth</name>
    <message>
        <source>%1-%2 is not a month.</source>
        <translation>%1-%2 no es un mes.</translation>
    </message>
</context>
<context>
    <name>FigureClients</name>
    <message>
        <source>Active at the end of %1</source>
        <translation>Activos al final de %1</translation>
    </message>
    <message>
        <source>New in %1</source>
        <translation>Nuevos en %1</translation>
    </message>
    <message>
        <source>Reactivated in %1</source>
        <translation>Reactivados en %1</translation>
    </message>
    <message>
        <source>Churned in %1</source>
        <translation>Bajas en %1</translation>
    </message>
    <message numerus="yes">
        <source>New in %1, active %n month(s) later</source>
        <translation>
            <numerusform>Nuevos en %1, activos %n mes después</numerusform>
            <numerusform>Nuevos en %1, activos %n meses después</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlobalOptions</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Orden desconocida «%1».</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>Opción desconocida «%1».</translation>
    </message>
    <message>
        <source>--base-url needs a URL.</source>
        <translation>--base-url necesita una URL.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address; use something like http://127.0.0.1:8080 or https://www.tradingview.com.</source>
        <translation>«%1» no es una dirección web; usa algo como http://127.0.0.1:8080 o https://www.tradingview.com.</translation>
    </message>
    <message>
        <source>--db needs a file path or a postgresql:// address.</source>
        <translation>--db necesita la ruta de un archivo o una dirección postgresql://.</translation>
    </message>
</context>
<context>
    <name>GumroadAdapter</name>
    <message>
        <source>The Gumroad URL token is not the one PineDesk gave.</source>
        <translation>El token de la URL de Gumroad no es el que dio PineDesk.</translation>
    </message>
    <message>
        <source>A Gumroad ping is a form, not %1.</source>
        <translation>Un ping de Gumroad es un formulario, no %1.</translation>
    </message>
    <message>
        <source>The ping is for Gumroad seller %1, not yours.</source>
        <translation>El ping es para el vendedor de Gumroad %1, no para ti.</translation>
    </message>
    <message>
        <source>The Gumroad ping has no sale_id.</source>
        <translation>El ping de Gumroad no tiene sale_id.</translation>
    </message>
    <message>
        <source>A Gumroad test ping or test purchase: nothing is granted.</source>
        <translation>Un ping de prueba o una compra de prueba de Gumroad: no se concede nada.</translation>
    </message>
</context>
<context>
    <name>IcsCalendar</name>
    <message>
        <source>Choose a range whose end is not before its start.</source>
        <translation>Elige un periodo cuyo final no sea anterior a su inicio.</translation>
    </message>
    <message>
        <source>PineDesk: accesses ending</source>
        <translation>PineDesk: accesos que terminan</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Access ends: %1</source>
        <translation>Termina el acceso: %1</translation>
    </message>
    <message>
        <source>%1&apos;s access to %2 ends at the end of this day (UTC).</source>
        <translation>El acceso de %1 a %2 termina al final de este día (UTC).</translation>
    </message>
    <message numerus="yes">
        <source>%n access(es) end</source>
        <translation>
            <numerusform>termina %n acceso</numerusform>
            <numerusform>terminan %n accesos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportAccess</name>
    <message>
        <source>Import: %1 from payments</source>
        <translation>Importación: %1 por pagos</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import clients (and their payments) from a CSV export: Stripe customers or payments, Gumroad sales, Whop memberships, Patreon members, PineDesk&apos;s own export, or any sheet with a username or e-mail column. Everything is written in one transaction; existing usernames are updated, never duplicated, and payments already imported are not added again.

Exit status: 0 every line was imported; 1 some lines were rejected (the others were imported; each is printed with its reason) or the import failed (nothing was written); 2 the command line is wrong.</source>
        <translation>Importa clientes (y sus pagos) desde una exportación CSV: clientes o pagos de Stripe, ventas de Gumroad, membresías de Whop, miembros de Patreon, la propia exportación de PineDesk o cualquier hoja con una columna de nombre de usuario o de correo electrónico. Todo se escribe en una sola transacción; los nombres de usuario existentes se actualizan, nunca se duplican, y los pagos ya importados no se vuelven a añadir.

Código de salida: 0 se importaron todas las líneas; 1 se rechazaron algunas líneas (las demás se importaron; cada una se muestra con su motivo) o la importación falló (no se escribió nada); 2 la línea de comandos es incorrecta.</translation>
    </message>
    <message>
        <source>What to import (only clients for now).</source>
        <translation>Qué importar (por ahora solo clientes).</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>El archivo CSV.</translation>
    </message>
    <message>
        <source>Check everything and print what would be imported, without changing the database.</source>
        <translation>Comprueba todo y muestra lo que se importaría, sin cambiar la base de datos.</translation>
    </message>
    <message>
        <source>Read the file as this layout instead of recognising it from its header: %1 or manual.</source>
        <translation>Lee el archivo con este formato en lugar de reconocerlo por su cabecera: %1 o manual.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Import the clients only, even when the file has amounts.</source>
        <translation>Importa solo los clientes, aunque el archivo tenga importes.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Muestra el resultado como JSON.</translation>
    </message>
    <message>
        <source>Unknown layout &quot;%1&quot;; use one of: %2, manual.</source>
        <translation>Formato desconocido &quot;%1&quot;; usa uno de estos: %2, manual.</translation>
    </message>
    <message>
        <source>No column of %1 holds TradingView usernames or e-mail addresses (the header is: %2). Name one of them &quot;username&quot; or &quot;email&quot;, or use the Import dialog of the Clients page to choose the columns.</source>
        <translation>Ninguna columna de %1 contiene nombres de usuario de TradingView ni direcciones de correo electrónico (la cabecera es: %2). Llama a una de ellas &quot;username&quot; o &quot;email&quot;, o usa el diálogo Importar de la página Clientes para elegir las columnas.</translation>
    </message>
    <message>
        <source>File: %1 (%2, %3-separated, layout: %4)</source>
        <translation>Archivo: %1 (%2, separado por %3, formato: %4)</translation>
    </message>
    <message>
        <source>Dry run, nothing was changed. The import would give:</source>
        <translation>Simulación, no se cambió nada. La importación daría:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importado:</translation>
    </message>
    <message numerus="yes">
        <source>%n new client(s)</source>
        <translation>
            <numerusform>%n cliente nuevo</numerusform>
            <numerusform>%n clientes nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) updated</source>
        <translation>
            <numerusform>%n cliente actualizado</numerusform>
            <numerusform>%n clientes actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) already up to date</source>
        <translation>
            <numerusform>%n línea ya actualizada</numerusform>
            <numerusform>%n líneas ya actualizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new payment(s)</source>
        <translation>
            <numerusform>%n pago nuevo</numerusform>
            <numerusform>%n pagos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) already recorded</source>
        <translation>
            <numerusform>%n pago ya registrado</numerusform>
            <numerusform>%n pagos ya registrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed or refunded payment(s) left out</source>
        <translation>
            <numerusform>%n pago fallido o reembolsado omitido</numerusform>
            <numerusform>%n pagos fallidos o reembolsados omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) rejected</source>
        <translation>
            <numerusform>%n línea rechazada</numerusform>
            <numerusform>%n líneas rechazadas</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>New paid payments give the client the plan they bought (a product mapped with &apos;pinedesk products map&apos;, or a plan&apos;s name), from the day paid for the plan&apos;s duration plus the grace days; the latest payment wins and nothing is shortened.</source>
        <translation>Los pagos nuevos cobrados dan al cliente el plan que compró (un producto asociado con &apos;pinedesk products map&apos;, o el nombre de un plan), desde el día del pago durante la duración del plan más los días de gracia; manda el pago más reciente y nada se acorta.</translation>
    </message>
    <message>
        <source>Usage: pinedesk import clients FILE [--dry-run] [--layout ID] [--no-payments] [--give-access] [--json]</source>
        <translation>Uso: pinedesk import clients ARCHIVO [--dry-run] [--layout ID] [--no-payments] [--give-access] [--json]</translation>
    </message>
    <message>
        <source>--give-access needs the payments: the file has no amount column, or --no-payments was given.</source>
        <translation>--give-access necesita los pagos: el archivo no tiene columna de importe, o se indicó --no-payments.</translation>
    </message>
    <message numerus="yes">
        <source>%n access change(s) queued for TradingView</source>
        <translation>
            <numerusform>%n cambio de acceso en cola para TradingView</numerusform>
            <numerusform>%n cambios de acceso en cola para TradingView</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paid payment(s) gave no access (no plan sells the product, or the client has no TradingView username)</source>
        <translation>
            <numerusform>%n pago cobrado no dio acceso (ningún plan vende el producto, o el cliente no tiene usuario de TradingView)</numerusform>
            <numerusform>%n pagos cobrados no dieron acceso (ningún plan vende el producto, o el cliente no tiene usuario de TradingView)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFieldNames</name>
    <message>
        <source>TradingView username</source>
        <translation>Nombre de usuario de TradingView</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Client since</source>
        <translation>Cliente desde</translation>
    </message>
    <message>
        <source>Payment amount</source>
        <translation>Importe del pago</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Pagado el</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Referencia del pago</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>Estado del pago</translation>
    </message>
    <message>
        <source>Time paid (UTC)</source>
        <translation>Hora del pago (UTC)</translation>
    </message>
    <message>
        <source>Product or plan</source>
        <translation>Producto o plan</translation>
    </message>
</context>
<context>
    <name>ImportLayout</name>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>PineDesk client export</source>
        <translation>Exportación de clientes de PineDesk</translation>
    </message>
    <message>
        <source>Stripe customers export</source>
        <translation>Exportación de clientes de Stripe</translation>
    </message>
    <message>
        <source>Stripe payments export</source>
        <translation>Exportación de pagos de Stripe</translation>
    </message>
    <message>
        <source>Gumroad sales export</source>
        <translation>Exportación de ventas de Gumroad</translation>
    </message>
    <message>
        <source>Whop memberships export</source>
        <translation>Exportación de membresías de Whop</translation>
    </message>
    <message>
        <source>Patreon members export</source>
        <translation>Exportación de miembros de Patreon</translation>
    </message>
</context>
<context>
    <name>ImportRow</name>
    <message>
        <source>The line has %1 fields but the header has %2; a value probably contains the delimiter without quotes.</source>
        <translation>La línea tiene %1 campos, pero la cabecera tiene %2; probablemente un valor contiene el delimitador sin comillas.</translation>
    </message>
    <message>
        <source>The line has neither a TradingView username nor an e-mail address.</source>
        <translation>La línea no tiene ni nombre de usuario de TradingView ni dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>The payment has no currency; map a currency column.</source>
        <translation>El pago no tiene moneda; asigna una columna de moneda.</translation>
    </message>
    <message>
        <source>The payment has no date; map the column with the payment date.</source>
        <translation>El pago no tiene fecha; asigna la columna con la fecha del pago.</translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <source>%1 is not a CSV file (it holds binary data). Export the data as CSV and try again.</source>
        <translation>%1 no es un archivo CSV (contiene datos binarios). Exporta los datos como CSV e inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <source>&quot;%1&quot; is not a date PineDesk can read; write it like 2026-03-15 or 2026-03-15 14:30.</source>
        <translation>&quot;%1&quot; no es una fecha que PineDesk pueda leer; escríbela como 2026-03-15 o 2026-03-15 14:30.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be read day-first or month-first; write it like 2026-03-15.</source>
        <translation>&quot;%1&quot; podría leerse con el día primero o con el mes primero; escríbela como 2026-03-15.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a client status; use lead, active, inactive or blocked.</source>
        <translation>&quot;%1&quot; no es un estado de cliente; usa lead, active, inactive o blocked.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day PineDesk can read; write it like 14:30.</source>
        <translation>&quot;%1&quot; no es una hora del día que PineDesk pueda leer; escríbela como 14:30.</translation>
    </message>
</context>
<context>
    <name>IndicatorStatusNames</name>
    <message>
        <source>In development</source>
        <translation>En desarrollo</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirado</translation>
    </message>
</context>
<context>
    <name>IndicatorStore</name>
    <message>
        <source>The indicator needs a name.</source>
        <translation>El indicador necesita un nombre.</translation>
    </message>
    <message>
        <source>The script %1 is already in the catalog as &quot;%2&quot;.</source>
        <translation>El script %1 ya está en el catálogo como «%2».</translation>
    </message>
    <message>
        <source>The indicator no longer exists.</source>
        <translation>El indicador ya no existe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by accesses or plans; retire it instead of deleting it.</source>
        <translation>«%1» se usa en accesos o planes; retíralo en lugar de eliminarlo.</translation>
    </message>
    <message>
        <source>The version needs a name, such as 2.1.</source>
        <translation>La versión necesita un nombre, como 2.1.</translation>
    </message>
    <message>
        <source>Version %1 is already in this indicator&apos;s history.</source>
        <translation>La versión %1 ya está en el historial de este indicador.</translation>
    </message>
</context>
<context>
    <name>IntentCommand</name>
    <message>
        <source>Revoke access and queue the removal on TradingView.</source>
        <translation>Revoca el acceso y pone en cola la baja en TradingView.</translation>
    </message>
    <message>
        <source>Change access and queue it for TradingView; &apos;pinedesk sync&apos; applies it.</source>
        <translation>Cambia el acceso y lo pone en cola para TradingView; &apos;pinedesk sync&apos; lo aplica.</translation>
    </message>
    <message>
        <source>A file of usernames, or u1,u2,...</source>
        <translation>Un archivo de usuarios, o u1,u2,...</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTA</translation>
    </message>
    <message>
        <source>A script id (repeat for several).</source>
        <translation>Un id de script (repítelo para varios).</translation>
    </message>
    <message>
        <source>PINE</source>
        <translation>PINE</translation>
    </message>
    <message>
        <source>How long: 7D, 2W, 1M, 1Y...</source>
        <translation>Cuánto tiempo: 7D, 2W, 1M, 1Y...</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Until the end of this day (UTC).</source>
        <translation>Hasta el final de este día (UTC).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>For life.</source>
        <translation>De por vida.</translation>
    </message>
    <message>
        <source>A name for this batch.</source>
        <translation>Un nombre para este lote.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>Give --users and at least one --indicator.</source>
        <translation>Indica --users y al menos un --indicator.</translation>
    </message>
    <message>
        <source>Give exactly one of --duration, --until or --lifetime.</source>
        <translation>Indica exactamente uno de --duration, --until o --lifetime.</translation>
    </message>
    <message>
        <source>--until takes a date like 2030-01-31.</source>
        <translation>--until admite una fecha como 2030-01-31.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Omitido: %1</translation>
    </message>
    <message>
        <source>No valid username was given.</source>
        <translation>No se indicó ningún usuario válido.</translation>
    </message>
    <message>
        <source>Batch %1: %2 change(s) queued, %3 already as asked, %4 new client(s), %5 new indicator(s). Run &apos;pinedesk sync&apos; to apply them on TradingView.</source>
        <translation>Lote %1: %2 cambio(s) en cola, %3 ya como se pedía, %4 cliente(s) nuevo(s), %5 indicador(es) nuevo(s). Ejecuta &apos;pinedesk sync&apos; para aplicarlos en TradingView.</translation>
    </message>
</context>
<context>
    <name>KpiSheet</name>
    <message>
        <source>Active clients</source>
        <translation>Clientes activos</translation>
    </message>
    <message>
        <source>Clients with at least one access covering the end of the range (lifetime included).</source>
        <translation>Clientes con al menos un acceso que cubre el final del rango (vitalicios incluidos).</translation>
    </message>
    <message>
        <source>Paying clients</source>
        <translation>Clientes de pago</translation>
    </message>
    <message>
        <source>Active clients whose access comes from a payment or a priced plan, not a gift or a campaign.</source>
        <translation>Clientes activos cuyo acceso viene de un pago o de un plan con precio, no de un regalo ni de una campaña.</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>Clientes nuevos</translation>
    </message>
    <message>
        <source>Clients whose first access ever began in the range.</source>
        <translation>Clientes cuyo primer acceso empezó en el rango.</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Bajas</translation>
    </message>
    <message>
        <source>Clients whose access ended and stayed ended for longer than the grace period; counted when the grace runs out.</source>
        <translation>Clientes cuyo acceso terminó y siguió terminado más allá del periodo de gracia; se cuentan cuando vence la gracia.</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Reactivados</translation>
    </message>
    <message>
        <source>Clients who had churned and got access again in the range.</source>
        <translation>Clientes que se habían dado de baja y volvieron a tener acceso en el rango.</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Tasa de bajas</translation>
    </message>
    <message>
        <source>Churned ÷ (active at the start + new in the range).</source>
        <translation>Bajas ÷ (activos al inicio + nuevos en el rango).</translation>
    </message>
    <message>
        <source>Renewal rate</source>
        <translation>Tasa de renovación</translation>
    </message>
    <message>
        <source>Of the paid, dated periods that ended in the range, the share followed by another of the same plan or indicator within the grace period.</source>
        <translation>De los periodos de pago con fecha que terminaron en el rango, la parte seguida por otro del mismo plan o indicador dentro del periodo de gracia.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Payments received in the range, minus refunds, per currency (never added across currencies).</source>
        <translation>Pagos recibidos en el rango, menos reembolsos, por moneda (nunca sumados entre monedas).</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>For each paying client, the last payment divided by the months it bought; lifetime purchases are one-off revenue, not MRR.</source>
        <translation>Para cada cliente de pago, el último pago dividido entre los meses que compró; las compras vitalicias son ingresos puntuales, no MRR.</translation>
    </message>
    <message>
        <source>ARPU</source>
        <translation>ARPU</translation>
    </message>
    <message>
        <source>MRR ÷ paying clients with a recurring plan.</source>
        <translation>MRR ÷ clientes de pago con un plan recurrente.</translation>
    </message>
    <message>
        <source>LTV</source>
        <translation>LTV</translation>
    </message>
    <message>
        <source>ARPU ÷ the monthly churn rate; shown only when clients churn.</source>
        <translation>ARPU ÷ la tasa de bajas mensual; solo se muestra cuando hay bajas.</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Antes: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No earlier period to compare</source>
        <translation>No hay un periodo anterior con el que comparar</translation>
    </message>
    <message>
        <source>= same as the period before</source>
        <translation>= igual que el periodo anterior</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 puntos</translation>
    </message>
    <message>
        <source>▲ up %1 on the period before</source>
        <translation>▲ sube un %1 respecto al periodo anterior</translation>
    </message>
    <message>
        <source>▼ down %1 on the period before</source>
        <translation>▼ baja un %1 respecto al periodo anterior</translation>
    </message>
</context>
<context>
    <name>LemonSqueezyAdapter</name>
    <message>
        <source>The Lemon Squeezy signature does not match the signing secret.</source>
        <translation>La firma de Lemon Squeezy no coincide con el secreto de firma.</translation>
    </message>
    <message>
        <source>The Lemon Squeezy event has no data.id.</source>
        <translation>El evento de Lemon Squeezy no tiene data.id.</translation>
    </message>
    <message>
        <source>The order is not paid yet.</source>
        <translation>El pedido aún no está pagado.</translation>
    </message>
    <message>
        <source>The first payment of a subscription: its order gave access.</source>
        <translation>El primer pago de una suscripción: su pedido ya dio acceso.</translation>
    </message>
    <message>
        <source>The subscription changed; its payments renew the access.</source>
        <translation>La suscripción cambió; sus pagos renuevan el acceso.</translation>
    </message>
    <message>
        <source>PineDesk does not act on Lemon Squeezy&apos;s %1 events.</source>
        <translation>PineDesk no actúa ante los eventos %1 de Lemon Squeezy.</translation>
    </message>
    <message>
        <source>X-Event-Name does not match the signed event name.</source>
        <translation>X-Event-Name no coincide con el nombre de evento firmado.</translation>
    </message>
</context>
<context>
    <name>MailCommand</name>
    <message>
        <source>--security is starttls, tls or none.</source>
        <translation>--security es starttls, tls o none.</translation>
    </message>
    <message>
        <source>E-mail goes through %1:%2 (%3) from %4.</source>
        <translation>El correo sale por %1:%2 (%3) desde %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; no es una dirección de correo electrónico.</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) sent.</source>
        <translation>
            <numerusform>%n correo enviado.</numerusform>
            <numerusform>%n correos enviados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mail server&apos;s password was removed from the keychain.</source>
        <translation>La contraseña del servidor de correo se quitó del llavero.</translation>
    </message>
    <message>
        <source>The mail server&apos;s password is in the keychain.</source>
        <translation>La contraseña del servidor de correo está en el llavero.</translation>
    </message>
    <message>
        <source>E-mail to clients: server (the mail server), password (from standard input, into the keychain), test ADDRESS, outbox, retry ID.</source>
        <translation>Correo a los clientes: server (el servidor de correo), password (desde la entrada estándar, al llavero), test DIRECCIÓN, outbox, retry ID.</translation>
    </message>
    <message>
        <source>server: the mail server, such as smtp.example.com.</source>
        <translation>server: el servidor de correo, como smtp.example.com.</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>SERVIDOR</translation>
    </message>
    <message>
        <source>server: the port (587 for STARTTLS, 465 for TLS).</source>
        <translation>server: el puerto (587 para STARTTLS, 465 para TLS).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PUERTO</translation>
    </message>
    <message>
        <source>server: starttls, tls or none (a local relay only).</source>
        <translation>server: starttls, tls o none (solo un relé local).</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODO</translation>
    </message>
    <message>
        <source>server: the user name to log in with.</source>
        <translation>server: el usuario con el que iniciar sesión.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USUARIO</translation>
    </message>
    <message>
        <source>server: the sender address.</source>
        <translation>server: la dirección del remitente.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <source>server: the sender name.</source>
        <translation>server: el nombre del remitente.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>server: at most this many e-mails a minute.</source>
        <translation>server: como mucho estos correos por minuto.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>outbox: print as JSON.</source>
        <translation>outbox: imprime en JSON.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Qué hacer.</translation>
    </message>
    <message>
        <source>E-mail %1 goes again with the next &apos;pinedesk remind&apos; (or serve).</source>
        <translation>El correo %1 se vuelve a enviar con el próximo &apos;pinedesk remind&apos; (o serve).</translation>
    </message>
    <message>
        <source>Usage: pinedesk mail server|password|test ADDRESS|outbox|retry ID (see --help).</source>
        <translation>Uso: pinedesk mail server|password|test DIRECCIÓN|outbox|retry ID (ver --help).</translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>Copy a PineDesk database file into an empty team database on PostgreSQL.</source>
        <translation>Copia un archivo de base de datos de PineDesk en una base de datos de equipo vacía en PostgreSQL.</translation>
    </message>
    <message>
        <source>The database file to copy.</source>
        <translation>El archivo de base de datos que se copia.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>The empty team database, e.g. postgresql://maria@db.example.com/pinedesk.</source>
        <translation>La base de datos de equipo vacía, p. ej. postgresql://maria@db.example.com/pinedesk.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Give both --from FILE and --to URL.</source>
        <translation>Indique --from ARCHIVO y --to URL.</translation>
    </message>
    <message>
        <source>There is no database file %1.</source>
        <translation>No existe el archivo de base de datos %1.</translation>
    </message>
    <message>
        <source>--to must be a postgresql:// address.</source>
        <translation>--to debe ser una dirección postgresql://.</translation>
    </message>
    <message>
        <source>Copying %1: %2 rows</source>
        <translation>Copiando %1: %2 filas</translation>
    </message>
    <message>
        <source>%1: %2 rows, checksum %3 on both sides</source>
        <translation>%1: %2 filas, suma de comprobación %3 en ambos lados</translation>
    </message>
    <message>
        <source>Copied %1 rows into %2. Open it with: pinedesk --db %2</source>
        <translation>Se copiaron %1 filas en %2. Ábrala con: pinedesk --db %2</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>This database was written by a newer version of PineDesk (schema %1; this version knows up to %2). Update PineDesk to open it. The file was not changed.</source>
        <translation>Esta base de datos la escribió una versión más reciente de PineDesk (esquema %1; esta versión conoce hasta el %2). Actualiza PineDesk para abrirla. El archivo no se modificó.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a PineDesk database (or it is damaged): %2</source>
        <translation>%1 no es una base de datos de PineDesk (o está dañada): %2</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 (%2) failed, so it was left at schema %3: %4</source>
        <translation>Falló la actualización de la base de datos al esquema %1 (%2), así que quedó en el esquema %3: %4</translation>
    </message>
    <message>
        <source>the database already holds tables that are not PineDesk&apos;s; use an empty database</source>
        <translation>la base de datos ya contiene tablas que no son de PineDesk; use una base de datos vacía</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>&quot;%1&quot; is not a currency code; use three letters such as USD or EUR.</source>
        <translation>«%1» no es un código de moneda; usa tres letras como USD o EUR.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount; write it like 49.90.</source>
        <translation>«%1» no es un importe; escríbelo como 49.90.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than %2 allows.</source>
        <translation>«%1» tiene más decimales de los que admite %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large.</source>
        <translation>«%1» es demasiado grande.</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message numerus="yes">
        <source>%n change(s) could not be applied on TradingView</source>
        <translation>
            <numerusform>%n cambio no se pudo aplicar en TradingView</numerusform>
            <numerusform>%n cambios no se pudieron aplicar en TradingView</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment event(s) need your attention</source>
        <translation>
            <numerusform>%n evento de pago requiere tu atención</numerusform>
            <numerusform>%n eventos de pago requieren tu atención</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation>La copia de seguridad falló</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more. Renew them or let them end.</source>
        <translation>
            <numerusform>%1 y %n más. Renuévalos o déjalos terminar.</numerusform>
            <numerusform>%1 y %n más. Renuévalos o déjalos terminar.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Renew them or let them end.</source>
        <translation>%1. Renuévalos o déjalos terminar.</translation>
    </message>
    <message>
        <source>Open Sync to see why and retry them.</source>
        <translation>Abre Sincronización para ver por qué y reintentarlos.</translation>
    </message>
    <message>
        <source>Open Automation to fix the username or the product, then apply them.</source>
        <translation>Abre Automatización para corregir el usuario o el producto y después aplícalos.</translation>
    </message>
    <message numerus="yes">
        <source>%n access(es) end within %1</source>
        <translation>
            <numerusform>%n acceso termina en %1 o menos</numerusform>
            <numerusform>%n accesos terminan en %1 o menos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>The TradingView session expired</source>
        <translation>La sesión de TradingView venció</translation>
    </message>
    <message>
        <source>TradingView keeps failing</source>
        <translation>TradingView sigue fallando</translation>
    </message>
    <message numerus="yes">
        <source>%n access(es) differ on TradingView</source>
        <translation>
            <numerusform>%n acceso es distinto en TradingView</numerusform>
            <numerusform>%n accesos son distintos en TradingView</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes wait in the queue. Paste a fresh session in Settings › TradingView connection.</source>
        <translation>Los cambios esperan en la cola. Pega una sesión nueva en Ajustes › Conexión con TradingView.</translation>
    </message>
    <message>
        <source>PineDesk paused the sync for a while and tries again by itself. Open Sync to see why.</source>
        <translation>PineDesk pausó la sincronización un rato y vuelve a intentarlo por sí solo. Abre Sincronización para ver por qué.</translation>
    </message>
    <message>
        <source>The last reconciliation found TradingView different from what you intend. Open Sync to review and fix it.</source>
        <translation>La última conciliación encontró TradingView distinto de lo que quieres. Abre Sincronización para revisarlo y corregirlo.</translation>
    </message>
    <message>
        <source>New sale: %1</source>
        <translation>Nueva venta: %1</translation>
    </message>
    <message>
        <source>A payment failed: %1</source>
        <translation>Un pago falló: %1</translation>
    </message>
    <message>
        <source>%1 paid through %2.</source>
        <translation>%1 pagado mediante %2.</translation>
    </message>
    <message>
        <source>%1 for %2, through %3. Access is on its way to TradingView.</source>
        <translation>%1 por %2, mediante %3. El acceso va camino de TradingView.</translation>
    </message>
    <message>
        <source>%1 through %2 did not go through; access is unchanged. The provider usually tries again.</source>
        <translation>%1 mediante %2 no se cobró; el acceso no cambia. El proveedor suele volver a intentarlo.</translation>
    </message>
    <message>
        <source>Accesses about to end</source>
        <translation>Accesos a punto de terminar</translation>
    </message>
    <message>
        <source>Changes TradingView refused</source>
        <translation>Cambios que TradingView rechazó</translation>
    </message>
    <message>
        <source>Payment events needing attention</source>
        <translation>Eventos de pago que requieren atención</translation>
    </message>
    <message>
        <source>A failed backup</source>
        <translation>Una copia de seguridad fallida</translation>
    </message>
    <message>
        <source>Differences found by a reconciliation</source>
        <translation>Diferencias halladas en una conciliación</translation>
    </message>
    <message>
        <source>New sales</source>
        <translation>Ventas nuevas</translation>
    </message>
    <message>
        <source>Failed payments</source>
        <translation>Pagos fallidos</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>No mail server is set: run &apos;pinedesk mail server --host HOST --from ADDRESS&apos; first.</source>
        <translation>No hay servidor de correo: ejecuta antes &apos;pinedesk mail server --host HOST --from ADDRESS&apos;.</translation>
    </message>
</context>
<context>
    <name>PageSetup</name>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>The paper is a4 or letter, not &quot;%1&quot;.</source>
        <translation>El papel es a4 o letter, no «%1».</translation>
    </message>
</context>
<context>
    <name>PatreonAdapter</name>
    <message>
        <source>The Patreon signature does not match the webhook secret.</source>
        <translation>La firma de Patreon no coincide con el secreto del webhook.</translation>
    </message>
    <message>
        <source>The Patreon event has no member id.</source>
        <translation>El evento de Patreon no tiene id de miembro.</translation>
    </message>
    <message>
        <source>The member has no paid charge yet.</source>
        <translation>El miembro aún no tiene ningún cargo pagado.</translation>
    </message>
    <message>
        <source>Patreon retries a declined charge; access runs to the paid date and ends if the member leaves.</source>
        <translation>Patreon reintenta un cargo rechazado; el acceso dura hasta la fecha pagada y termina si el miembro se va.</translation>
    </message>
</context>
<context>
    <name>PaymentCsv</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>PaymentRule</name>
    <message>
        <source>The TradingView username &quot;%1&quot; given at the checkout is not valid: %2 Fix it, then apply the event again.</source>
        <translation>El nombre de usuario de TradingView &quot;%1&quot; indicado al pagar no es válido: %2 Corrígelo y después vuelve a aplicar el evento.</translation>
    </message>
    <message>
        <source>The event carries no TradingView username and its customer is not known yet. Enter the username, then apply the event again.</source>
        <translation>El evento no trae ningún nombre de usuario de TradingView y su cliente aún no se conoce. Introduce el nombre de usuario y después vuelve a aplicar el evento.</translation>
    </message>
    <message>
        <source>Payment %1 (%2)</source>
        <translation>Pago %1 (%2)</translation>
    </message>
    <message>
        <source>No plan sells the %1 product %2. Map it to a plan (Settings, or &apos;pinedesk products map&apos;), then apply the event again.</source>
        <translation>Ningún plan vende el producto %2 de %1. Asígnalo a un plan (Ajustes o &apos;pinedesk products map&apos;) y después vuelve a aplicar el evento.</translation>
    </message>
    <message>
        <source>%1 has no TradingView username. Enter it, then apply the event again.</source>
        <translation>%1 no tiene nombre de usuario de TradingView. Introdúcelo y después vuelve a aplicar el evento.</translation>
    </message>
    <message>
        <source>This payment is already recorded; nothing changed.</source>
        <translation>Este pago ya está registrado; no cambió nada.</translation>
    </message>
    <message>
        <source>Payment recorded; access to %1 queued.</source>
        <translation>Pago registrado; acceso a %1 puesto en cola.</translation>
    </message>
    <message>
        <source>Payment recorded; no plan, so access is unchanged.</source>
        <translation>Pago registrado; sin plan, así que el acceso no cambia.</translation>
    </message>
    <message>
        <source>A failed payment of a customer PineDesk does not know.</source>
        <translation>Un pago fallido de un cliente que PineDesk no conoce.</translation>
    </message>
    <message>
        <source>The payment failed; access is unchanged.</source>
        <translation>El pago falló; el acceso no cambia.</translation>
    </message>
    <message>
        <source>No recorded payment matches %1 %2. Record the payment first, then apply this event again.</source>
        <translation>Ningún pago registrado coincide con %1 %2. Registra primero el pago y después vuelve a aplicar este evento.</translation>
    </message>
    <message>
        <source>Already recorded; nothing changed.</source>
        <translation>Ya registrado; no cambió nada.</translation>
    </message>
    <message>
        <source>%1; access is unchanged.</source>
        <translation>%1; el acceso no cambia.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1; access ends with the paid period.</source>
        <translation>%1; el acceso termina con el periodo pagado.</translation>
    </message>
    <message>
        <source>%1; access revoked.</source>
        <translation>%1; acceso revocado.</translation>
    </message>
    <message>
        <source>PineDesk knows no client or plan for this %1 subscription (%2): nothing was changed.</source>
        <translation>PineDesk no conoce ningún cliente ni plan para esta suscripción de %1 (%2): no se cambió nada.</translation>
    </message>
    <message>
        <source>Cancelled; access ends when the paid time does.</source>
        <translation>Cancelada; el acceso termina cuando acaba el tiempo pagado.</translation>
    </message>
    <message>
        <source>Cancelled at period end</source>
        <translation>Cancelada al final del periodo</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Cancelled; access ends on %1.</source>
        <translation>Cancelada; el acceso termina el %1.</translation>
    </message>
    <message>
        <source>Ended; access revoked.</source>
        <translation>Finalizada; acceso revocado.</translation>
    </message>
    <message>
        <source>The customer is %1; the subscription&apos;s payments apply to them.</source>
        <translation>El cliente es %1; los pagos de la suscripción se aplican a este cliente.</translation>
    </message>
    <message>
        <source>The failed payment went through; access to %1 queued.</source>
        <translation>El pago fallido se completó; acceso a %1 en cola.</translation>
    </message>
    <message>
        <source>Already handled.</source>
        <translation>Ya procesado.</translation>
    </message>
    <message>
        <source>%1; a later payment covers the access, so it is unchanged.</source>
        <translation>%1; un pago posterior cubre el acceso, así que no cambia.</translation>
    </message>
    <message>
        <source>Payment recorded; the subscription had already ended on %1, so access is unchanged.</source>
        <translation>Pago registrado; la suscripción ya había terminado el %1, así que el acceso no cambia.</translation>
    </message>
    <message>
        <source>Payment recorded; the subscription was cancelled on %1, so access runs to %2 at the latest.</source>
        <translation>Pago registrado; la suscripción se canceló el %1, así que el acceso dura como mucho hasta el %2.</translation>
    </message>
    <message>
        <source>The event names no other id of a payment.</source>
        <translation>El evento no indica ningún otro id de un pago.</translation>
    </message>
    <message>
        <source>The payment %1 is also known as %2.</source>
        <translation>El pago %1 también se conoce como %2.</translation>
    </message>
</context>
<context>
    <name>PaymentService</name>
    <message>
        <source>Choose the client who paid.</source>
        <translation>Elige al cliente que pagó.</translation>
    </message>
    <message>
        <source>Enter the amount paid.</source>
        <translation>Introduce el importe pagado.</translation>
    </message>
    <message>
        <source>The payment %1 from %2 is already recorded.</source>
        <translation>El pago %1 de %2 ya está registrado.</translation>
    </message>
</context>
<context>
    <name>PaymentSettings</name>
    <message>
        <source>Grace days go from 0 to %1.</source>
        <translation>Los días de gracia van de 0 a %1.</translation>
    </message>
</context>
<context>
    <name>PaymentStatusNames</name>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation>Reembolsado parcialmente</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>En disputa</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
</context>
<context>
    <name>PaymentStore</name>
    <message>
        <source>The payment needs the date it was paid.</source>
        <translation>El pago necesita la fecha en que se pagó.</translation>
    </message>
    <message>
        <source>The payment %1 from %2 is already recorded.</source>
        <translation>El pago %1 de %2 ya está registrado.</translation>
    </message>
    <message>
        <source>The payment could not be saved; check that its client and plan still exist.</source>
        <translation>No se pudo guardar el pago; comprueba que su cliente y su plan aún existen.</translation>
    </message>
    <message>
        <source>The payment no longer exists.</source>
        <translation>El pago ya no existe.</translation>
    </message>
    <message>
        <source>The refunded amount cannot exceed the amount paid.</source>
        <translation>El importe reembolsado no puede superar el importe pagado.</translation>
    </message>
    <message>
        <source>The payment could not be saved: another payment from %1 has the reference %2, or its client or plan no longer exists.</source>
        <translation>No se pudo guardar el pago: otro pago de %1 tiene la referencia %2, o su cliente o su plan ya no existe.</translation>
    </message>
</context>
<context>
    <name>PdfFile</name>
    <message>
        <source>Report cancelled; no file was written.</source>
        <translation>Informe cancelado; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Made with PineDesk on %1</source>
        <translation>Hecho con PineDesk el %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: the PDF could not start.</source>
        <translation>No se puede escribir %1: el PDF no pudo empezar.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>PineIdValidator</name>
    <message>
        <source>A script id looks like PUB; followed by 32 letters or digits (copy it from the script&apos;s page on TradingView).</source>
        <translation>Un id de script tiene la forma PUB; seguido de 32 letras o dígitos (cópialo de la página del script en TradingView).</translation>
    </message>
    <message>
        <source>The script id is empty.</source>
        <translation>El id del script está vacío.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an unpublished script; publish it as invite-only before sharing it.</source>
        <translation>«%1» es un script sin publicar; publícalo como solo por invitación antes de compartirlo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a script id.</source>
        <translation>«%1» no es un id de script.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 characters after PUB; but needs %3.</source>
        <translation>«%1» tiene %2 caracteres tras PUB; pero necesita %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains &quot;%2&quot;; after PUB; only letters and digits are allowed.</source>
        <translation>«%1» contiene «%2»; tras PUB; solo se admiten letras y dígitos.</translation>
    </message>
</context>
<context>
    <name>PlanChange</name>
    <message>
        <source>That plan no longer exists.</source>
        <translation>Ese plan ya no existe.</translation>
    </message>
    <message>
        <source>Change plan to %1</source>
        <translation>Cambiar el plan a %1</translation>
    </message>
</context>
<context>
    <name>PlanStore</name>
    <message>
        <source>The plan needs a name.</source>
        <translation>El plan necesita un nombre.</translation>
    </message>
    <message>
        <source>A plan&apos;s price cannot be negative.</source>
        <translation>El precio de un plan no puede ser negativo.</translation>
    </message>
    <message>
        <source>A plan needs at least one indicator.</source>
        <translation>Un plan necesita al menos un indicador.</translation>
    </message>
    <message>
        <source>An indicator of the plan no longer exists.</source>
        <translation>Un indicador del plan ya no existe.</translation>
    </message>
    <message>
        <source>A plan named &quot;%1&quot; already exists.</source>
        <translation>Ya existe un plan llamado «%1».</translation>
    </message>
    <message>
        <source>The plan no longer exists.</source>
        <translation>El plan ya no existe.</translation>
    </message>
    <message>
        <source>The renewal link is a web address such as https://example.com/renew.</source>
        <translation>El enlace de renovación es una dirección web, como https://example.com/renew.</translation>
    </message>
</context>
<context>
    <name>ProductMapStore</name>
    <message>
        <source>Say which provider and which product id to map.</source>
        <translation>Indica qué proveedor y qué id de producto asignar.</translation>
    </message>
    <message>
        <source>The mapping could not be saved: the plan no longer exists.</source>
        <translation>No se pudo guardar la asignación: el plan ya no existe.</translation>
    </message>
    <message>
        <source>%1 product %2 is not mapped.</source>
        <translation>El producto %2 de %1 no está asignado.</translation>
    </message>
</context>
<context>
    <name>QueueCommand</name>
    <message>
        <source>dead: %1 on %2 (%3 attempts): %4</source>
        <translation>fallido: %1 en %2 (%3 intentos): %4</translation>
    </message>
    <message>
        <source>The queue of changes waiting for TradingView.</source>
        <translation>La cola de cambios pendientes para TradingView.</translation>
    </message>
    <message>
        <source>Print as JSON.</source>
        <translation>Muestra en JSON.</translation>
    </message>
    <message>
        <source>Pause a batch.</source>
        <translation>Pone en pausa un lote.</translation>
    </message>
    <message>
        <source>BATCH</source>
        <translation>LOTE</translation>
    </message>
    <message>
        <source>Resume a paused batch.</source>
        <translation>Reanuda un lote en pausa.</translation>
    </message>
    <message>
        <source>Cancel the waiting changes of a batch, or all.</source>
        <translation>Cancela los cambios pendientes de un lote, o todos.</translation>
    </message>
    <message>
        <source>BATCH|all</source>
        <translation>LOTE|all</translation>
    </message>
    <message>
        <source>Queue the failed changes again.</source>
        <translation>Vuelve a poner en cola los cambios fallidos.</translation>
    </message>
    <message>
        <source>--%1 takes a batch number.</source>
        <translation>--%1 admite un número de lote.</translation>
    </message>
    <message>
        <source>Batch %1 is paused.</source>
        <translation>El lote %1 está en pausa.</translation>
    </message>
    <message>
        <source>Batch %1 is resumed.</source>
        <translation>El lote %1 se ha reanudado.</translation>
    </message>
    <message>
        <source>--cancel takes a batch number or all.</source>
        <translation>--cancel admite un número de lote o all.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting change(s) cancelled. What PineDesk intends is unchanged, so these clients now differ from TradingView; &apos;pinedesk reconcile&apos; lists them.</source>
        <translation>
            <numerusform>%n cambio pendiente cancelado. Lo que PineDesk prevé no cambia, así que estos clientes ahora difieren de TradingView; &apos;pinedesk reconcile&apos; los muestra.</numerusform>
            <numerusform>%n cambios pendientes cancelados. Lo que PineDesk prevé no cambia, así que estos clientes ahora difieren de TradingView; &apos;pinedesk reconcile&apos; los muestra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed change(s) queued again.</source>
        <translation>
            <numerusform>%n cambio fallido vuelve a estar en cola.</numerusform>
            <numerusform>%n cambios fallidos vuelven a estar en cola.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReconcileCommand</name>
    <message>
        <source>no access</source>
        <translation>sin acceso</translation>
    </message>
    <message>
        <source>lifetime</source>
        <translation>de por vida</translation>
    </message>
    <message>
        <source>Compare TradingView&apos;s access lists with PineDesk.</source>
        <translation>Compara las listas de acceso de TradingView con PineDesk.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Muestra el informe en JSON.</translation>
    </message>
    <message>
        <source>Queue the changes that make TradingView match.</source>
        <translation>Pone en cola los cambios que hacen coincidir TradingView.</translation>
    </message>
    <message>
        <source>With --fix: record users who are not clients as clients with the access they hold.</source>
        <translation>Con --fix: registra como clientes, con el acceso que tienen, a los usuarios que no son clientes.</translation>
    </message>
    <message>
        <source>With --fix: remove the access of users who are not clients.</source>
        <translation>Con --fix: quita el acceso a los usuarios que no son clientes.</translation>
    </message>
    <message>
        <source>Choose --adopt-unknown or --remove-unknown, not both.</source>
        <translation>Elige --adopt-unknown o --remove-unknown, no ambos.</translation>
    </message>
    <message>
        <source>PineDesk: %1; TradingView: %2</source>
        <translation>PineDesk: %1; TradingView: %2</translation>
    </message>
    <message>
        <source>%1 script(s) checked, %2 grant(s) on TradingView, %3 difference(s).</source>
        <translation>%1 script(s) revisado(s), %2 acceso(s) en TradingView, %3 diferencia(s).</translation>
    </message>
    <message>
        <source>Batch %1: %2 fix(es) queued (%3 adopted). Run &apos;pinedesk sync&apos; to apply them.</source>
        <translation>Lote %1: %2 corrección(es) en cola (%3 adoptada(s)). Ejecuta &apos;pinedesk sync&apos; para aplicarlas.</translation>
    </message>
    <message>
        <source>Stopped: PineDesk&apos;s database could not be read, so this comparison is incomplete and nothing was queued. The details are in the log.</source>
        <translation>Detenido: no se pudo leer la base de datos de PineDesk, así que esta comparación está incompleta y no se puso nada en cola. Los detalles están en el registro.</translation>
    </message>
</context>
<context>
    <name>ReconciliationReport</name>
    <message>
        <source>Missing on TradingView</source>
        <translation>Falta en TradingView</translation>
    </message>
    <message>
        <source>Has access PineDesk does not intend</source>
        <translation>Tiene un acceso que PineDesk no prevé</translation>
    </message>
    <message>
        <source>Not a client, has access</source>
        <translation>No es cliente y tiene acceso</translation>
    </message>
    <message>
        <source>Different expiration</source>
        <translation>Vencimiento distinto</translation>
    </message>
    <message>
        <source>Lifetime on one side only</source>
        <translation>De por vida solo en un lado</translation>
    </message>
</context>
<context>
    <name>RemindCommand</name>
    <message>
        <source>--email-clients is yes or no.</source>
        <translation>--email-clients es yes o no.</translation>
    </message>
    <message>
        <source>--language is en or es.</source>
        <translation>--language es en o es.</translation>
    </message>
    <message>
        <source>Reminders %1 day(s) before access ends; clients are %2.</source>
        <translation>Recordatorios %1 día(s) antes de que termine el acceso; a los clientes %2.</translation>
    </message>
    <message>
        <source>e-mailed</source>
        <translation>se les envía correo</translation>
    </message>
    <message>
        <source>not e-mailed</source>
        <translation>no se les envía correo</translation>
    </message>
    <message>
        <source>Announce the accesses about to end: a notification for you and, when you e-mail clients, one e-mail to each client, once per reminder day; then send the e-mail outbox. Run it daily (cron); &apos;pinedesk serve&apos; does it by itself. &apos;remind configure&apos; sets the reminder days and the e-mails.</source>
        <translation>Anuncia los accesos a punto de terminar: una notificación para ti y, si envías correo a los clientes, un correo a cada cliente, una vez por día de recordatorio; después envía la bandeja de salida. Ejecútalo a diario (cron); &apos;pinedesk serve&apos; lo hace solo. &apos;remind configure&apos; fija los días de recordatorio y los correos.</translation>
    </message>
    <message>
        <source>Print what would be announced today; change nothing.</source>
        <translation>Imprime lo que se anunciaría hoy; no cambia nada.</translation>
    </message>
    <message>
        <source>configure: reminder days, such as 7,1.</source>
        <translation>configure: días de recordatorio, como 7,1.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTA</translation>
    </message>
    <message>
        <source>configure: e-mail the clients: yes or no.</source>
        <translation>configure: enviar correo a los clientes: yes o no.</translation>
    </message>
    <message>
        <source>YES|NO</source>
        <translation>YES|NO</translation>
    </message>
    <message>
        <source>configure: the language of clients who have none: en or es.</source>
        <translation>configure: el idioma de los clientes que no tienen uno: en o es.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>configure: the name that signs the e-mails.</source>
        <translation>configure: el nombre que firma los correos.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>configure: the renewal link for plans without their own.</source>
        <translation>configure: el enlace de renovación para los planes sin uno propio.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Usage: pinedesk remind [--dry-run] | remind configure [--days LIST] [--email-clients yes|no] [--language en|es] [--vendor NAME] [--renewal-url URL]</source>
        <translation>Uso: pinedesk remind [--dry-run] | remind configure [--days LISTA] [--email-clients yes|no] [--language en|es] [--vendor NOMBRE] [--renewal-url URL]</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) reminder</source>
        <translation>
            <numerusform>recordatorio de %n día</numerusform>
            <numerusform>recordatorio de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run, nothing was changed. Today would announce:</source>
        <translation>Simulación, no se cambió nada. Hoy se anunciaría:</translation>
    </message>
    <message>
        <source>Announced:</source>
        <translation>Anunciado:</translation>
    </message>
    <message numerus="yes">
        <source>%n access(es) about to end</source>
        <translation>
            <numerusform>%n acceso a punto de terminar</numerusform>
            <numerusform>%n accesos a punto de terminar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) to clients queued</source>
        <translation>
            <numerusform>%n correo a clientes en cola</numerusform>
            <numerusform>%n correos a clientes en cola</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) not e-mailed (no address, or they opted out)</source>
        <translation>
            <numerusform>%n cliente sin correo (no tiene dirección o no quiere correos)</numerusform>
            <numerusform>%n clientes sin correo (no tienen dirección o no quieren correos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) sent</source>
        <translation>
            <numerusform>%n correo enviado</numerusform>
            <numerusform>%n correos enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) will be tried again later</source>
        <translation>
            <numerusform>%n correo se volverá a intentar más tarde</numerusform>
            <numerusform>%n correos se volverán a intentar más tarde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) could not be delivered (see &apos;pinedesk mail outbox&apos;)</source>
        <translation>
            <numerusform>%n correo no se pudo entregar (ver &apos;pinedesk mail outbox&apos;)</numerusform>
            <numerusform>%n correos no se pudieron entregar (ver &apos;pinedesk mail outbox&apos;)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) about access now live or ended queued</source>
        <translation>
            <numerusform>%n correo sobre un acceso ya activo o terminado en cola</numerusform>
            <numerusform>%n correos sobre accesos ya activos o terminados en cola</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source>Reminder days are whole numbers from 1 to %1, separated by commas (such as &quot;7, 1&quot;); &quot;%2&quot; is not one.</source>
        <translation>Los días de recordatorio son números enteros del 1 al %1, separados por comas (como &quot;7, 1&quot;); &quot;%2&quot; no lo es.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>One event per day (default) or per access.</source>
        <translation>Un evento por día (por defecto) o por acceso.</translation>
    </message>
    <message>
        <source>day|access</source>
        <translation>day|access</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>Write into this file instead of standard output.</source>
        <translation>Escribe en este archivo en lugar de en la salida estándar.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>The report.</source>
        <translation>El informe.</translation>
    </message>
    <message>
        <source>Dates are written like 2027-01-31.</source>
        <translation>Las fechas se escriben como 2027-01-31.</translation>
    </message>
    <message>
        <source>--per is day or access.</source>
        <translation>--per es day o access.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>--to comes before --from.</source>
        <translation>--to va antes que --from.</translation>
    </message>
    <message>
        <source>expiries: the first day (default: today); business: the first month, such as 2026-01 (default: 11 months ago).</source>
        <translation>expiries: el primer día (por defecto, hoy); business: el primer mes, como 2026-01 (por defecto, hace 11 meses).</translation>
    </message>
    <message>
        <source>expiries: the last day (default: 90 days on); business: the last month (default: this one).</source>
        <translation>expiries: el último día (por defecto, dentro de 90 días); business: el último mes (por defecto, este).</translation>
    </message>
    <message>
        <source>business csv: no byte order mark (for scripts rather than spreadsheets).</source>
        <translation>business csv: sin marca de orden de bytes (para scripts más que para hojas de cálculo).</translation>
    </message>
    <message>
        <source>No client is called &quot;%1&quot;.</source>
        <translation>Ningún cliente se llama «%1».</translation>
    </message>
    <message>
        <source>The business report is written as json, csv or pdf.</source>
        <translation>El informe de negocio se escribe como json, csv o pdf.</translation>
    </message>
    <message>
        <source>--table is months, mrr, cohorts, indicators, plans or risk.</source>
        <translation>--table es months, mrr, cohorts, indicators, plans o risk.</translation>
    </message>
    <message>
        <source>A client&apos;s timeline is written as csv, json or pdf.</source>
        <translation>La cronología de un cliente se escribe como csv, json o pdf.</translation>
    </message>
    <message>
        <source>Reports. &apos;report business&apos; writes the business figures for a range of months (active, paying, new, churned and reactivated clients, churn and renewal rates, revenue, MRR, ARPU and LTV per currency, month by month, cohorts, indicators, plans and revenue at risk) as JSON or the monthly table as CSV. &apos;report client USER&apos; writes that client&apos;s timeline (access changes, payments, sync outcomes) as CSV, JSON or PDF. &apos;report clients&apos; writes the clients of a CRM view (a saved segment, a search, statuses) as CSV or PDF. &apos;report expiries&apos; writes the accesses that end in a range as an iCalendar file (.ics) that calendar apps import (one event per day with how many end and who, or one per access), or as a PDF agenda. The business report can be a PDF too, to print or hand to an accountant.</source>
        <translation>Informes. «report business» escribe las cifras del negocio de un rango de meses (clientes activos, de pago, nuevos, dados de baja y reactivados, tasas de bajas y de renovación, ingresos, MRR, ARPU y LTV por moneda, mes a mes, cohortes, indicadores, planes e ingresos en riesgo) como JSON, o la tabla mensual como CSV. «report client USUARIO» escribe la cronología de ese cliente (cambios de acceso, pagos, resultados de sincronización) como CSV, JSON o PDF. «report clients» escribe los clientes de una vista del CRM (un segmento guardado, una búsqueda, estados) como CSV o PDF. «report expiries» escribe los accesos que terminan en un rango como archivo iCalendar (.ics) que importan las aplicaciones de calendario (un evento por día con cuántos terminan y quiénes, o uno por acceso), o como agenda en PDF. El informe de negocio también puede ser un PDF, para imprimirlo o entregarlo a un contable.</translation>
    </message>
    <message>
        <source>expiries: ics (default) or pdf; business: json (default), csv or pdf; client: csv (default), json or pdf; clients: csv (default) or pdf.</source>
        <translation>expiries: ics (predeterminado) o pdf; business: json (predeterminado), csv o pdf; client: csv (predeterminado), json o pdf; clients: csv (predeterminado) o pdf.</translation>
    </message>
    <message>
        <source>pdf: the paper (default: the one set for the business).</source>
        <translation>pdf: el papel (predeterminado: el elegido para el negocio).</translation>
    </message>
    <message>
        <source>clients: the saved segment to list.</source>
        <translation>clients: el segmento guardado que se lista.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>clients: only those matching this search.</source>
        <translation>clients: solo los que coinciden con esta búsqueda.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>clients: only these statuses, separated by commas.</source>
        <translation>clients: solo estos estados, separados por comas.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTA</translation>
    </message>
    <message>
        <source>business csv: which table (default: months).</source>
        <translation>business csv: qué tabla (predeterminada: months).</translation>
    </message>
    <message>
        <source>Usage: pinedesk report business [--from YYYY-MM] [--to YYYY-MM] [--format json|csv|pdf] [--out FILE], pinedesk report client USER [--format csv|json|pdf] [--out FILE], pinedesk report clients [--segment NAME] [--search TEXT] [--status LIST] [--format csv|pdf] --out FILE, or pinedesk report expiries [--from DATE] [--to DATE] [--per day|access] [--format ics|pdf] [--out FILE]</source>
        <translation>Uso: pinedesk report business [--from AAAA-MM] [--to AAAA-MM] [--format json|csv|pdf] [--out ARCHIVO], pinedesk report client USUARIO [--format csv|json|pdf] [--out ARCHIVO], pinedesk report clients [--segment NOMBRE] [--search TEXTO] [--status LISTA] [--format csv|pdf] --out ARCHIVO, o pinedesk report expiries [--from FECHA] [--to FECHA] [--per day|access] [--format ics|pdf] [--out ARCHIVO]</translation>
    </message>
    <message>
        <source>The expiries report is written as ics or pdf.</source>
        <translation>El informe de vencimientos se escribe como ics o pdf.</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>A PDF report needs --out FILE.</source>
        <translation>Un informe en PDF necesita --out ARCHIVO.</translation>
    </message>
    <message numerus="yes">
        <source>%1 written: %n page(s), %2.</source>
        <translation>
            <numerusform>%1 escrito: %n página, %2.</numerusform>
            <numerusform>%1 escrito: %n páginas, %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestApi</name>
    <message>
        <source>Send an API key: Authorization: Bearer KEY, or X-API-Key: KEY (create one with &apos;pinedesk api-key create --name NAME&apos;).</source>
        <translation>Envía una clave de API: Authorization: Bearer KEY, o X-API-Key: KEY (crea una con &apos;pinedesk api-key create --name NAME&apos;).</translation>
    </message>
    <message>
        <source>The API keys could not be read; try again.</source>
        <translation>No se pudieron leer las claves de API; inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>This API key is unknown or revoked.</source>
        <translation>Esta clave de API es desconocida o está revocada.</translation>
    </message>
    <message>
        <source>Too many requests for this key; slow down.</source>
        <translation>Demasiadas peticiones con esta clave; ve más despacio.</translation>
    </message>
    <message>
        <source>Access changes are sent with POST.</source>
        <translation>Los cambios de acceso se envían con POST.</translation>
    </message>
    <message>
        <source>No such API resource: %1</source>
        <translation>No existe ese recurso de la API: %1</translation>
    </message>
    <message>
        <source>No batch %1.</source>
        <translation>No existe el lote %1.</translation>
    </message>
    <message>
        <source>No client is called %1.</source>
        <translation>Ningún cliente se llama %1.</translation>
    </message>
    <message>
        <source>The client could not be read.</source>
        <translation>No se pudo leer el cliente.</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Usage: pinedesk sandbox serve [OPTIONS] (see pinedesk sandbox serve --help)</source>
        <translation>Uso: pinedesk sandbox serve [OPCIONES] (consulta pinedesk sandbox serve --help)</translation>
    </message>
    <message>
        <source>Serve the TradingView sandbox on 127.0.0.1 until SIGINT or SIGTERM.</source>
        <translation>Sirve el sandbox de TradingView en 127.0.0.1 hasta recibir SIGINT o SIGTERM.</translation>
    </message>
    <message>
        <source>Port to listen on (0 picks a free one).</source>
        <translation>Puerto en el que escuchar (0 elige uno libre).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>The sessionid cookie value clients must send.</source>
        <translation>El valor de la cookie sessionid que deben enviar los clientes.</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>The sessionid_sign value.</source>
        <translation>El valor de sessionid_sign.</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <source>The account&apos;s username.</source>
        <translation>El nombre de usuario de la cuenta.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Seeded users trader00001... (default 1000).</source>
        <translation>Usuarios iniciales trader00001... (1000 por defecto).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seeded scripts (default 3).</source>
        <translation>Scripts iniciales (3 por defecto).</translation>
    </message>
    <message>
        <source>Seed for script ids and faults.</source>
        <translation>Semilla para los ids de script y los fallos.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Latency per answer: A or A-B milliseconds.</source>
        <translation>Latencia por respuesta: A o A-B milisegundos.</translation>
    </message>
    <message>
        <source>A[-B]</source>
        <translation>A[-B]</translation>
    </message>
    <message>
        <source>Adds and modifies per second (0 = unlimited).</source>
        <translation>Altas y modificaciones por segundo (0 = sin límite).</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Write burst.</source>
        <translation>Ráfaga de escrituras.</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Removes per second (0 = unlimited).</source>
        <translation>Bajas por segundo (0 = sin límite).</translation>
    </message>
    <message>
        <source>Remove burst.</source>
        <translation>Ráfaga de bajas.</translation>
    </message>
    <message>
        <source>Username hints per second (0 = unlimited).</source>
        <translation>Sugerencias de usuario por segundo (0 = sin límite).</translation>
    </message>
    <message>
        <source>Hint burst.</source>
        <translation>Ráfaga de sugerencias.</translation>
    </message>
    <message>
        <source>Lists per second (0 = unlimited).</source>
        <translation>Listados por segundo (0 = sin límite).</translation>
    </message>
    <message>
        <source>Read burst.</source>
        <translation>Ráfaga de lecturas.</translation>
    </message>
    <message>
        <source>Answer 429 without Retry-After.</source>
        <translation>Responde 429 sin Retry-After.</translation>
    </message>
    <message>
        <source>Share of calls answered with a 5xx.</source>
        <translation>Proporción de llamadas respondidas con un 5xx.</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>5xx answers as JSON instead of HTML pages.</source>
        <translation>Respuestas 5xx en JSON en lugar de páginas HTML.</translation>
    </message>
    <message>
        <source>Share of calls whose connection is dropped.</source>
        <translation>Proporción de llamadas cuya conexión se corta.</translation>
    </message>
    <message>
        <source>Share of calls done but answered with a broken body.</source>
        <translation>Proporción de llamadas realizadas pero respondidas con un cuerpo roto.</translation>
    </message>
    <message>
        <source>The session expires after N authenticated calls.</source>
        <translation>La sesión caduca tras N llamadas autenticadas.</translation>
    </message>
    <message>
        <source>Send a new sessionid cookie every N authenticated calls.</source>
        <translation>Envía una cookie sessionid nueva cada N llamadas autenticadas.</translation>
    </message>
    <message>
        <source>Refuse calls without the right sessionid_sign.</source>
        <translation>Rechaza las llamadas sin el sessionid_sign correcto.</translation>
    </message>
    <message>
        <source>Usernames must be sent in their canonical case.</source>
        <translation>Los usuarios deben enviarse con sus mayúsculas y minúsculas canónicas.</translation>
    </message>
    <message>
        <source>Answer to removing a non-member: ok or not_exists.</source>
        <translation>Respuesta al quitar a alguien sin acceso: ok o not_exists.</translation>
    </message>
    <message>
        <source>ANSWER</source>
        <translation>RESPUESTA</translation>
    </message>
    <message>
        <source>list_users username filter: exact, prefix or substring.</source>
        <translation>Filtro de usuario de list_users: exact, prefix o substring.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODO</translation>
    </message>
    <message>
        <source>Default page size of list_users.</source>
        <translation>Tamaño de página por defecto de list_users.</translation>
    </message>
    <message>
        <source>Largest limit list_users accepts.</source>
        <translation>Mayor límite que acepta list_users.</translation>
    </message>
    <message>
        <source>Days expired grants stay listed.</source>
        <translation>Días que los accesos vencidos siguen en la lista.</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Size of base64 userpics (0 = short URLs).</source>
        <translation>Tamaño de las imágenes de usuario en base64 (0 = URL cortas).</translation>
    </message>
    <message>
        <source>Load the state from FILE if it exists; save it there on exit.</source>
        <translation>Carga el estado desde ARCHIVO si existe; lo guarda ahí al salir.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3.</source>
        <translation>--%1 admite un número de %2 a %3.</translation>
    </message>
    <message>
        <source>--latency-ms takes A or A-B milliseconds, such as 100 or 80-150.</source>
        <translation>--latency-ms admite A o A-B milisegundos, como 100 u 80-150.</translation>
    </message>
    <message>
        <source>--remove-nonmember takes ok or not_exists.</source>
        <translation>--remove-nonmember admite ok o not_exists.</translation>
    </message>
    <message>
        <source>--username-filter takes exact, prefix or substring.</source>
        <translation>--username-filter admite exact, prefix o substring.</translation>
    </message>
    <message>
        <source>Cannot read the sandbox state %1: %2</source>
        <translation>No se puede leer el estado del sandbox %1: %2</translation>
    </message>
    <message>
        <source>Cannot listen on port %1: %2</source>
        <translation>No se puede escuchar en el puerto %1: %2</translation>
    </message>
    <message>
        <source>session cookie: sessionid=%1; sessionid_sign=%2</source>
        <translation>cookie de sesión: sessionid=%1; sessionid_sign=%2</translation>
    </message>
    <message>
        <source>account: %1</source>
        <translation>cuenta: %1</translation>
    </message>
    <message>
        <source>script: %1 %2</source>
        <translation>script: %1 %2</translation>
    </message>
    <message>
        <source>Cannot save the sandbox state %1: %2</source>
        <translation>No se puede guardar el estado del sandbox %1: %2</translation>
    </message>
    <message>
        <source>The session expires at this UTC time (ISO 8601).</source>
        <translation>La sesión caduca a esta hora UTC (ISO 8601).</translation>
    </message>
    <message>
        <source>ISO</source>
        <translation>ISO</translation>
    </message>
    <message>
        <source>--expire-at takes a time such as 2030-01-31T12:00:00Z.</source>
        <translation>--expire-at admite una hora como 2030-01-31T12:00:00Z.</translation>
    </message>
</context>
<context>
    <name>SandboxMode</name>
    <message>
        <source>The sandbox&apos;s saved state %1 cannot be read: %2</source>
        <translation>No se puede leer el estado guardado del sandbox %1: %2</translation>
    </message>
    <message>
        <source>The sandbox cannot listen on the loopback interface: %1</source>
        <translation>El sandbox no puede escuchar en la interfaz local: %1</translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>No se puede leer la entrada estándar.</translation>
    </message>
</context>
<context>
    <name>SegmentStore</name>
    <message>
        <source>A segment needs a name.</source>
        <translation>Un segmento necesita un nombre.</translation>
    </message>
    <message>
        <source>A segment name has at most 80 characters.</source>
        <translation>El nombre de un segmento tiene como máximo 80 caracteres.</translation>
    </message>
    <message>
        <source>That segment no longer exists.</source>
        <translation>Ese segmento ya no existe.</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Receive payment webhooks and apply the queue on TradingView, without a window.</source>
        <translation>Recibe los webhooks de pago y aplica la cola en TradingView, sin ventana.</translation>
    </message>
    <message>
        <source>Address and port to listen on (default 127.0.0.1:8787).</source>
        <translation>Dirección y puerto en los que escuchar (por defecto, 127.0.0.1:8787).</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>TLS certificate (PEM), with --key.</source>
        <translation>Certificado TLS (PEM), junto con --key.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>TLS private key (PEM), with --cert.</source>
        <translation>Clave privada TLS (PEM), junto con --cert.</translation>
    </message>
    <message>
        <source>Only receive webhooks; another PineDesk applies the queue.</source>
        <translation>Solo recibe webhooks; otro PineDesk aplica la cola.</translation>
    </message>
    <message>
        <source>TradingView (or sandbox) address.</source>
        <translation>Dirección de TradingView (o del sandbox).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>--listen takes an address and a port, such as 127.0.0.1:8787.</source>
        <translation>--listen admite una dirección y un puerto, como 127.0.0.1:8787.</translation>
    </message>
    <message>
        <source>TLS needs both --cert and --key.</source>
        <translation>TLS necesita tanto --cert como --key.</translation>
    </message>
    <message>
        <source>The TradingView session expired: changes stay queued until &apos;pinedesk session set&apos; gives a fresh one. Webhooks are still received.</source>
        <translation>La sesión de TradingView caducó: los cambios siguen en cola hasta que &apos;pinedesk session set&apos; proporcione una nueva. Los webhooks se siguen recibiendo.</translation>
    </message>
    <message>
        <source>Another PineDesk (%1, process %2) applies the queue; serve waits for it and only receives webhooks meanwhile.</source>
        <translation>Otro PineDesk (%1, proceso %2) aplica la cola; serve lo espera y mientras tanto solo recibe webhooks.</translation>
    </message>
    <message>
        <source>The TLS certificate or key cannot be read.</source>
        <translation>No se puede leer el certificado o la clave TLS.</translation>
    </message>
    <message>
        <source>The TLS certificate or key is not valid PEM.</source>
        <translation>El certificado o la clave TLS no es un PEM válido.</translation>
    </message>
    <message>
        <source>Listening on %1://%2:%3</source>
        <translation>Escuchando en %1://%2:%3</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>no secret set</source>
        <translation>sin secreto definido</translation>
    </message>
    <message>
        <source>event %1: %2</source>
        <translation>evento %1: %2</translation>
    </message>
    <message>
        <source>No TradingView session: webhooks are kept, usernames are not checked and the queue waits for &apos;pinedesk session set&apos;.</source>
        <translation>No hay sesión de TradingView: los webhooks se guardan, los nombres de usuario no se comprueban y la cola espera a &apos;pinedesk session set&apos;.</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>La copia de seguridad falló: %1</translation>
    </message>
    <message>
        <source>Reminders: %1</source>
        <translation>Recordatorios: %1</translation>
    </message>
    <message numerus="yes">
        <source>Reminders: %n access(es) announced, %1 e-mail(s) sent.</source>
        <translation>
            <numerusform>Recordatorios: %n acceso anunciado, %1 correo(s) enviado(s).</numerusform>
            <numerusform>Recordatorios: %n accesos anunciados, %1 correo(s) enviado(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Team channels: %1</source>
        <translation>Canales del equipo: %1</translation>
    </message>
</context>
<context>
    <name>SessionCommand</name>
    <message>
        <source>Usage: pinedesk session set | check | clear
  set    read the cookie from standard input and keep it in the keychain
  check  test the stored session against TradingView
  clear  remove the session from the keychain</source>
        <translation>Uso: pinedesk session set | check | clear
  set    lee la cookie de la entrada estándar y la guarda en el llavero
  check  prueba la sesión guardada contra TradingView
  clear  quita la sesión del llavero</translation>
    </message>
    <message>
        <source>The TradingView session (%1) is in the keychain.</source>
        <translation>La sesión de TradingView (%1) está en el llavero.</translation>
    </message>
    <message>
        <source>Note: PINEDESK_TV_SESSION is set and takes precedence over the keychain.</source>
        <translation>Nota: PINEDESK_TV_SESSION está definida y tiene prioridad sobre el llavero.</translation>
    </message>
    <message>
        <source>The TradingView session was removed from the keychain.</source>
        <translation>Se quitó la sesión de TradingView del llavero.</translation>
    </message>
    <message>
        <source>The session is valid; account: %1</source>
        <translation>La sesión es válida; cuenta: %1</translation>
    </message>
</context>
<context>
    <name>SessionVault</name>
    <message>
        <source>No system keychain is available. PineDesk keeps the TradingView session only in the keychain (GNOME Keyring, KWallet or another Secret Service); install or unlock one, or set PINEDESK_TV_SESSION for headless use.</source>
        <translation>No hay ningún llavero del sistema disponible. PineDesk guarda la sesión de TradingView solo en el llavero (GNOME Keyring, KWallet u otro Secret Service); instala o desbloquea uno, o define PINEDESK_TV_SESSION para uso sin pantalla.</translation>
    </message>
    <message>
        <source>The keychain refused access to the TradingView session; unlock the keychain and try again.</source>
        <translation>El llavero denegó el acceso a la sesión de TradingView; desbloquéalo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Falló el llavero: %1</translation>
    </message>
    <message>
        <source>PINEDESK_TV_SESSION: %1</source>
        <translation>PINEDESK_TV_SESSION: %1</translation>
    </message>
</context>
<context>
    <name>ShopifyAdapter</name>
    <message>
        <source>The Shopify signature does not match the app&apos;s secret.</source>
        <translation>La firma de Shopify no coincide con el secreto de la app.</translation>
    </message>
    <message>
        <source>The Shopify delivery has no X-Shopify-Event-Id.</source>
        <translation>La entrega de Shopify no tiene X-Shopify-Event-Id.</translation>
    </message>
    <message>
        <source>PineDesk does not act on Shopify&apos;s %1 topic.</source>
        <translation>PineDesk no actúa ante el tema %1 de Shopify.</translation>
    </message>
    <message>
        <source>The order is not cancelled.</source>
        <translation>El pedido no está cancelado.</translation>
    </message>
    <message>
        <source>The order is not paid (%1).</source>
        <translation>El pedido no está pagado (%1).</translation>
    </message>
</context>
<context>
    <name>SmtpClient</name>
    <message>
        <source>The mail library could not start.</source>
        <translation>La biblioteca de correo no pudo arrancar.</translation>
    </message>
    <message>
        <source>The mail server %1 cannot be reached: %2</source>
        <translation>No se puede llegar al servidor de correo %1: %2</translation>
    </message>
    <message>
        <source>The mail server refused the user name or password: %1</source>
        <translation>El servidor de correo rechazó el usuario o la contraseña: %1</translation>
    </message>
    <message>
        <source>No secure connection to %1: %2</source>
        <translation>No hay conexión segura con %1: %2</translation>
    </message>
    <message>
        <source>The mail server refused the message (%1): %2</source>
        <translation>El servidor de correo rechazó el mensaje (%1): %2</translation>
    </message>
</context>
<context>
    <name>SmtpSettings</name>
    <message>
        <source>Enter the mail server (such as smtp.example.com).</source>
        <translation>Indica el servidor de correo (como smtp.example.com).</translation>
    </message>
    <message>
        <source>The port goes from 1 to 65535.</source>
        <translation>El puerto va de 1 a 65535.</translation>
    </message>
    <message>
        <source>The sender address &quot;%1&quot; is not an e-mail address.</source>
        <translation>La dirección del remitente &quot;%1&quot; no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>The sender name is one line.</source>
        <translation>El nombre del remitente ocupa una sola línea.</translation>
    </message>
    <message>
        <source>Send 1 to 600 e-mails a minute.</source>
        <translation>Envía de 1 a 600 correos por minuto.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The database is busy with another task. Try again in a moment.</source>
        <translation>La base de datos está ocupada con otra tarea. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>PineDesk may not write to its database. Check the file&apos;s permissions and the free disk space.</source>
        <translation>PineDesk no puede escribir en su base de datos. Revisa los permisos del archivo y el espacio libre en disco.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation>El archivo de la base de datos está dañado. Restáuralo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The change conflicts with data that is already there; nothing was saved.</source>
        <translation>El cambio choca con datos que ya existen; no se guardó nada.</translation>
    </message>
    <message>
        <source>What you asked for is no longer in the database.</source>
        <translation>Lo que pediste ya no está en la base de datos.</translation>
    </message>
    <message>
        <source>The database could not be read or written. Nothing was changed; the details are in the log.</source>
        <translation>No se pudo leer o escribir la base de datos. No se cambió nada; los detalles están en el registro.</translation>
    </message>
</context>
<context>
    <name>StripeAdapter</name>
    <message>
        <source>The Stripe-Signature header is missing.</source>
        <translation>Falta la cabecera Stripe-Signature.</translation>
    </message>
    <message>
        <source>The Stripe-Signature header has no timestamp or signature.</source>
        <translation>La cabecera Stripe-Signature no tiene marca de tiempo ni firma.</translation>
    </message>
    <message>
        <source>The event was signed %1 s away from now; more than %2 s is refused as a replay.</source>
        <translation>El evento se firmó a %1 s de ahora; más de %2 s se rechaza como posible repetición (replay).</translation>
    </message>
    <message>
        <source>The Stripe signature does not match the signing secret.</source>
        <translation>La firma de Stripe no coincide con el secreto de firma.</translation>
    </message>
    <message>
        <source>The Stripe event has no evt_ id.</source>
        <translation>El evento de Stripe no tiene id evt_.</translation>
    </message>
    <message>
        <source>The checkout is not paid yet.</source>
        <translation>El checkout aún no está pagado.</translation>
    </message>
    <message>
        <source>The subscription changed in a way that needs no access change; its invoices renew the access.</source>
        <translation>La suscripción cambió de una forma que no requiere cambiar el acceso; sus facturas renuevan el acceso.</translation>
    </message>
    <message>
        <source>PineDesk does not act on Stripe&apos;s %1 events.</source>
        <translation>PineDesk no actúa ante los eventos %1 de Stripe.</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Apply the queued changes on TradingView.</source>
        <translation>Aplica en TradingView los cambios en cola.</translation>
    </message>
    <message>
        <source>Stop once nothing is left to do (else run until interrupted).</source>
        <translation>Termina cuando no quede nada por hacer (si no, sigue hasta que se interrumpa).</translation>
    </message>
    <message>
        <source>No progress lines.</source>
        <translation>Sin líneas de progreso.</translation>
    </message>
    <message>
        <source>batch %1: %2 done, %3 failed, %4 left, %5 ops/s</source>
        <translation>lote %1: %2 hechos, %3 fallidos, %4 pendientes, %5 ops/s</translation>
    </message>
    <message>
        <source>, about %1 s to go</source>
        <translation>, faltan unos %1 s</translation>
    </message>
    <message>
        <source>The TradingView session expired; the remaining changes stay queued. Run &apos;pinedesk session set&apos; with a fresh cookie and sync again.</source>
        <translation>La sesión de TradingView caducó; los cambios restantes siguen en cola. Ejecuta &apos;pinedesk session set&apos; con una cookie nueva y sincroniza de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be applied; see &apos;pinedesk queue&apos;.</source>
        <translation>
            <numerusform>%n cambio no se pudo aplicar; consulta &apos;pinedesk queue&apos;.</numerusform>
            <numerusform>%n cambios no se pudieron aplicar; consulta &apos;pinedesk queue&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <source>TradingView (or sandbox) address.</source>
        <translation>Dirección de TradingView (o del sandbox).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>--base-url takes an address such as http://127.0.0.1:8080.</source>
        <translation>--base-url admite una dirección como http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>When another PineDesk is applying the queue, wait for it instead of exiting with code 5.</source>
        <translation>Si otro PineDesk está aplicando la cola, esperarlo en lugar de salir con el código 5.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (process %2 on %3, since %4)</source>
        <translation>«%1» (proceso %2 en %3, desde %4)</translation>
    </message>
    <message>
        <source>Another PineDesk is applying the queue: %1. Your changes stay queued and it applies them; use --wait to wait for it.</source>
        <translation>Otro PineDesk está aplicando la cola: %1. Tus cambios siguen en cola y él los aplica; usa --wait para esperarlo.</translation>
    </message>
    <message>
        <source>Waiting for %1 to finish applying the queue...</source>
        <translation>Esperando a que %1 termine de aplicar la cola...</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Detenido: %1</translation>
    </message>
</context>
<context>
    <name>SyncLedger</name>
    <message>
        <source>Another PineDesk took over applying the queue.</source>
        <translation>Otro PineDesk ha tomado el relevo aplicando la cola.</translation>
    </message>
</context>
<context>
    <name>SyncQueueStore</name>
    <message>
        <source>This change is no longer waiting (it is being sent or is done).</source>
        <translation>Este cambio ya no está pendiente (se está enviando o ya se hizo).</translation>
    </message>
</context>
<context>
    <name>SyncStateRule</name>
    <message>
        <source>In sync</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Failed, will retry</source>
        <translation>Falló, se reintentará</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
</context>
<context>
    <name>TeamChannel</name>
    <message>
        <source>bot token</source>
        <translation>el token del bot</translation>
    </message>
    <message>
        <source>webhook address</source>
        <translation>la dirección del webhook</translation>
    </message>
    <message>
        <source>Paste the %1 %2.</source>
        <translation>Pega %2 de %1.</translation>
    </message>
    <message>
        <source>A Telegram bot token looks like 123456789:AAH... (digits, a colon, then letters); ask @BotFather for it.</source>
        <translation>Un token de bot de Telegram tiene la forma 123456789:AAH... (cifras, dos puntos y letras); pídeselo a @BotFather.</translation>
    </message>
    <message>
        <source>A Discord webhook address starts with https://discord.com/api/webhooks/ (channel settings › Integrations › Webhooks › Copy Webhook URL).</source>
        <translation>Una dirección de webhook de Discord empieza por https://discord.com/api/webhooks/ (ajustes del canal › Integraciones › Webhooks › Copiar URL del webhook).</translation>
    </message>
    <message>
        <source>A Slack webhook address starts with https://hooks.slack.com/ (your Slack app › Incoming Webhooks › Copy).</source>
        <translation>Una dirección de webhook de Slack empieza por https://hooks.slack.com/ (tu app de Slack › Incoming Webhooks › Copiar).</translation>
    </message>
</context>
<context>
    <name>TeamCommand</name>
    <message>
        <source>The members of a team database: list; add LOGIN --role ROLE; role LOGIN ROLE; disable LOGIN; enable LOGIN. Roles: admin, seller, support, read-only.</source>
        <translation>Los miembros de una base de datos de equipo: list; add LOGIN --role ROLE; role LOGIN ROLE; disable LOGIN; enable LOGIN. Roles: admin, seller, support, read-only.</translation>
    </message>
    <message>
        <source>The new member&apos;s role.</source>
        <translation>El rol del nuevo miembro.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <source>The name shown for the member.</source>
        <translation>El nombre que se muestra del miembro.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Also create the login on the server, with the first password read from standard input.</source>
        <translation>Crea también el usuario en el servidor, con la primera contraseña leída de la entrada estándar.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Qué hacer.</translation>
    </message>
    <message>
        <source>--role is admin, seller, support or read-only.</source>
        <translation>--role es admin, seller, support o read-only.</translation>
    </message>
    <message>
        <source>--new-login reads the first password from standard input; it was empty.</source>
        <translation>--new-login lee la primera contraseña de la entrada estándar; estaba vacía.</translation>
    </message>
    <message>
        <source>%1 is now a member of the team (%2).</source>
        <translation>%1 es ahora miembro del equipo (%2).</translation>
    </message>
    <message>
        <source>A role is admin, seller, support or read-only.</source>
        <translation>Un rol es admin, seller, support o read-only.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ahora es %2.</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>%1 está activado.</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 está desactivado.</translation>
    </message>
    <message>
        <source>Usage: pinedesk team list | add LOGIN --role ROLE [--name NAME] [--new-login] | role LOGIN ROLE | disable LOGIN | enable LOGIN</source>
        <translation>Uso: pinedesk team list | add LOGIN --role ROLE [--name NOMBRE] [--new-login] | role LOGIN ROL | disable LOGIN | enable LOGIN</translation>
    </message>
</context>
<context>
    <name>TeamDatabaseProbe</name>
    <message>
        <source>Only a team database can be tested here.</source>
        <translation>Aquí solo se puede probar una base de datos de equipo.</translation>
    </message>
    <message>
        <source>PineDesk could not connect: %1</source>
        <translation>PineDesk no pudo conectarse: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected to PostgreSQL %1, but this database holds %n table(s) that are not PineDesk&apos;s. Ask for an empty database.</source>
        <translation>
            <numerusform>Conectado a PostgreSQL %1, pero esta base de datos contiene %n tabla que no es de PineDesk. Pida una base de datos vacía.</numerusform>
            <numerusform>Conectado a PostgreSQL %1, pero esta base de datos contiene %n tablas que no son de PineDesk. Pida una base de datos vacía.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1. The database is empty: PineDesk will create its tables when it opens it.</source>
        <translation>Conectado a PostgreSQL %1. La base de datos está vacía: PineDesk creará sus tablas al abrirla.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1, but the team&apos;s database was written by a newer PineDesk (schema %2). Update PineDesk first.</source>
        <translation>Conectado a PostgreSQL %1, pero la base de datos del equipo la escribió un PineDesk más nuevo (esquema %2). Actualice PineDesk primero.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1: the team&apos;s PineDesk database (schema %2).</source>
        <translation>Conectado a PostgreSQL %1: la base de datos de PineDesk del equipo (esquema %2).</translation>
    </message>
</context>
<context>
    <name>TeamMemberStore</name>
    <message>
        <source>The login %1 was disabled in this team. An admin of the team can enable it again.</source>
        <translation>El usuario %1 está desactivado en este equipo. Un administrador del equipo puede volver a activarlo.</translation>
    </message>
    <message>
        <source>The login %1 is not a member of this team. An admin of the team adds members in Settings › Team.</source>
        <translation>El usuario %1 no es miembro de este equipo. Un administrador del equipo añade miembros en Ajustes › Equipo.</translation>
    </message>
    <message>
        <source>%1 is already a member of this team.</source>
        <translation>%1 ya es miembro de este equipo.</translation>
    </message>
    <message>
        <source>%1 is not a member of this team.</source>
        <translation>%1 no es miembro de este equipo.</translation>
    </message>
    <message>
        <source>The server has no login %1. Give a password to create it, or create it on the server first.</source>
        <translation>El servidor no tiene ningún usuario %1. Indica una contraseña para crearlo, o créalo antes en el servidor.</translation>
    </message>
    <message>
        <source>Your database login may not create logins. Create %1 on the server, then add it here without a password.</source>
        <translation>Tu usuario de la base de datos no puede crear usuarios. Crea %1 en el servidor y después añádelo aquí sin contraseña.</translation>
    </message>
    <message>
        <source>The server already has a login %1: add it without a password.</source>
        <translation>El servidor ya tiene un usuario %1: añádelo sin contraseña.</translation>
    </message>
    <message>
        <source>Only the owner of the team database can change what members may do in it.</source>
        <translation>Solo el propietario de la base de datos de equipo puede cambiar lo que los miembros pueden hacer en ella.</translation>
    </message>
    <message>
        <source>A team needs at least one active admin: make another member an admin first.</source>
        <translation>Un equipo necesita al menos un administrador activo: haz antes administrador a otro miembro.</translation>
    </message>
</context>
<context>
    <name>TeamRoleNames</name>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soporte</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>Everything, including the team, the settings, the catalog and restores.</source>
        <translation>Todo, incluidos el equipo, los ajustes, el catálogo y las restauraciones.</translation>
    </message>
    <message>
        <source>Clients, payments, grants, bulk changes and campaigns.</source>
        <translation>Clientes, pagos, concesiones, cambios masivos y campañas.</translation>
    </message>
    <message>
        <source>Reads everything, extends access and fixes usernames; no revokes, deletions or payment changes.</source>
        <translation>Lo ve todo, extiende accesos y corrige usuarios; no revoca, no borra ni cambia pagos.</translation>
    </message>
    <message>
        <source>Reads everything and changes nothing.</source>
        <translation>Lo ve todo y no cambia nada.</translation>
    </message>
    <message>
        <source>manage the team</source>
        <translation>gestionar el equipo</translation>
    </message>
    <message>
        <source>change the settings</source>
        <translation>cambiar los ajustes</translation>
    </message>
    <message>
        <source>change indicators or plans</source>
        <translation>cambiar indicadores o planes</translation>
    </message>
    <message>
        <source>add or edit clients</source>
        <translation>añadir o editar clientes</translation>
    </message>
    <message>
        <source>fix usernames</source>
        <translation>corregir usuarios</translation>
    </message>
    <message>
        <source>delete clients</source>
        <translation>borrar clientes</translation>
    </message>
    <message>
        <source>record or edit payments</source>
        <translation>registrar o editar pagos</translation>
    </message>
    <message>
        <source>grant access</source>
        <translation>conceder acceso</translation>
    </message>
    <message>
        <source>extend access</source>
        <translation>extender el acceso</translation>
    </message>
    <message>
        <source>revoke or shorten access</source>
        <translation>revocar o acortar el acceso</translation>
    </message>
    <message>
        <source>make bulk changes or campaigns</source>
        <translation>hacer cambios masivos o campañas</translation>
    </message>
    <message>
        <source>retry, pause or cancel queued changes</source>
        <translation>reintentar, pausar o cancelar cambios en cola</translation>
    </message>
    <message>
        <source>do this</source>
        <translation>hacer esto</translation>
    </message>
    <message>
        <source>Your role in this team (%1) does not allow you to %2. Ask an admin of the team.</source>
        <translation>Tu rol en este equipo (%1) no te permite %2. Pídeselo a un administrador del equipo.</translation>
    </message>
</context>
<context>
    <name>TeamService</name>
    <message>
        <source>A database file has one user. Teams share a team database (Settings › Storage › Connect to a team database).</source>
        <translation>Un archivo de base de datos tiene un solo usuario. Los equipos comparten una base de datos de equipo (Ajustes › Almacenamiento › Conectar a una base de datos de equipo).</translation>
    </message>
    <message>
        <source>A login is letters, digits and underscores (up to 63), starting with a letter: &quot;%1&quot; is not one.</source>
        <translation>Un usuario son letras, cifras y guiones bajos (hasta 63) y empieza por una letra: &quot;%1&quot; no lo es.</translation>
    </message>
    <message>
        <source>You cannot disable yourself; another admin can.</source>
        <translation>No puedes desactivarte a ti mismo; otro administrador sí puede.</translation>
    </message>
</context>
<context>
    <name>TvCommand</name>
    <message>
        <source>lifetime</source>
        <translation>de por vida</translation>
    </message>
    <message>
        <source>One TradingView access call by hand.</source>
        <translation>Una llamada de acceso a TradingView a mano.</translation>
    </message>
    <message>
        <source>check | validate USER | list PINE | add PINE USER | modify PINE USER | remove PINE USER | scripts</source>
        <translation>check | validate USUARIO | list PINE | add PINE USUARIO | modify PINE USUARIO | remove PINE USUARIO | scripts</translation>
    </message>
    <message>
        <source>Print the list as JSON.</source>
        <translation>Muestra la lista en JSON.</translation>
    </message>
    <message>
        <source>Expiration: a date (end of that day, UTC) or an ISO 8601 time.</source>
        <translation>Vencimiento: una fecha (fin de ese día, UTC) o una hora ISO 8601.</translation>
    </message>
    <message>
        <source>ISO</source>
        <translation>ISO</translation>
    </message>
    <message>
        <source>Make the access lifetime.</source>
        <translation>Hace el acceso de por vida.</translation>
    </message>
    <message>
        <source>Usage: pinedesk tv check | validate USER | list PINE [--json] | add PINE USER [--expiration ISO] | modify PINE USER (--expiration ISO | --lifetime) | remove PINE USER | scripts</source>
        <translation>Uso: pinedesk tv check | validate USUARIO | list PINE [--json] | add PINE USUARIO [--expiration ISO] | modify PINE USUARIO (--expiration ISO | --lifetime) | remove PINE USUARIO | scripts</translation>
    </message>
    <message>
        <source>--expiration takes a date such as 2030-01-31 or a time such as 2030-01-31T23:59:59Z.</source>
        <translation>--expiration admite una fecha como 2030-01-31 o una hora como 2030-01-31T23:59:59Z.</translation>
    </message>
    <message>
        <source>modify needs either --expiration or --lifetime.</source>
        <translation>modify necesita --expiration o --lifetime.</translation>
    </message>
    <message>
        <source>The session is valid; account: %1</source>
        <translation>La sesión es válida; cuenta: %1</translation>
    </message>
    <message>
        <source>TradingView has no user named &quot;%1&quot;.</source>
        <translation>TradingView no tiene ningún usuario llamado «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists on TradingView as %2</source>
        <translation>«%1» existe en TradingView como %2</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) have access.</source>
        <translation>
            <numerusform>%n usuario tiene acceso.</numerusform>
            <numerusform>%n usuarios tienen acceso.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already has access; nothing was changed (use modify to change the expiration).</source>
        <translation>%1 ya tiene acceso; no se cambió nada (usa modify para cambiar el vencimiento).</translation>
    </message>
    <message>
        <source>Granted %1 access until %2.</source>
        <translation>Acceso concedido a %1 hasta %2.</translation>
    </message>
    <message>
        <source>%1 now has access until %2.</source>
        <translation>%1 tiene ahora acceso hasta %2.</translation>
    </message>
    <message>
        <source>Removed %1&apos;s access.</source>
        <translation>Se quitó el acceso de %1.</translation>
    </message>
    <message>
        <source>%1 had no access.</source>
        <translation>%1 no tenía acceso.</translation>
    </message>
</context>
<context>
    <name>TvError</name>
    <message>
        <source>The TradingView session has expired or is not valid. Paste a fresh session cookie; the pending work waits until then.</source>
        <translation>La sesión de TradingView ha caducado o no es válida. Pega una cookie de sesión nueva; el trabajo pendiente espera hasta entonces.</translation>
    </message>
    <message numerus="yes">
        <source>TradingView asked to slow down; retrying in %n second(s).</source>
        <translation>
            <numerusform>TradingView pidió ir más despacio; se reintentará en %n segundo.</numerusform>
            <numerusform>TradingView pidió ir más despacio; se reintentará en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>TradingView asked to slow down; retrying shortly.</source>
        <translation>TradingView pidió ir más despacio; se reintentará en breve.</translation>
    </message>
    <message>
        <source>The TradingView user &quot;%1&quot; does not exist. Check the spelling with the client.</source>
        <translation>El usuario de TradingView «%1» no existe. Comprueba cómo se escribe con el cliente.</translation>
    </message>
    <message>
        <source>TradingView does not know the script %1, or it does not belong to this account.</source>
        <translation>TradingView no conoce el script %1, o no pertenece a esta cuenta.</translation>
    </message>
    <message>
        <source>TradingView says this already exists.</source>
        <translation>TradingView dice que esto ya existe.</translation>
    </message>
    <message>
        <source>TradingView refused the request.</source>
        <translation>TradingView rechazó la petición.</translation>
    </message>
    <message>
        <source>TradingView refused the request: %1</source>
        <translation>TradingView rechazó la petición: %1</translation>
    </message>
    <message>
        <source>TradingView had an internal error (HTTP %1); it will be retried.</source>
        <translation>TradingView tuvo un error interno (HTTP %1); se reintentará.</translation>
    </message>
    <message>
        <source>TradingView could not be reached (%1). Check the internet connection.</source>
        <translation>No se pudo contactar con TradingView (%1). Comprueba la conexión a internet.</translation>
    </message>
    <message>
        <source>TradingView did not answer in time; it will be retried.</source>
        <translation>TradingView no respondió a tiempo; se reintentará.</translation>
    </message>
    <message>
        <source>TradingView sent an answer PineDesk does not understand (%1).</source>
        <translation>TradingView envió una respuesta que PineDesk no entiende (%1).</translation>
    </message>
</context>
<context>
    <name>TvSession</name>
    <message>
        <source>The session cookie is empty.</source>
        <translation>La cookie de sesión está vacía.</translation>
    </message>
    <message>
        <source>No sessionid found. Copy the value of the &quot;sessionid&quot; cookie of tradingview.com from the browser (and &quot;sessionid_sign&quot; if there is one).</source>
        <translation>No se encontró sessionid. Copia del navegador el valor de la cookie «sessionid» de tradingview.com (y «sessionid_sign» si la hay).</translation>
    </message>
    <message>
        <source>The session cookie contains spaces or characters a cookie cannot have; copy it again from the browser.</source>
        <translation>La cookie de sesión contiene espacios o caracteres que una cookie no puede tener; cópiala de nuevo del navegador.</translation>
    </message>
</context>
<context>
    <name>UsernameValidator</name>
    <message>
        <source>The TradingView username is empty.</source>
        <translation>El usuario de TradingView está vacío.</translation>
    </message>
    <message>
        <source>The TradingView username is longer than %1 characters.</source>
        <translation>El usuario de TradingView tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The TradingView username &quot;%1&quot; contains a space; usernames are one word.</source>
        <translation>El usuario de TradingView «%1» contiene un espacio; los usuarios son una sola palabra.</translation>
    </message>
    <message>
        <source>The TradingView username &quot;%1&quot; contains &quot;%2&quot;; only English letters, digits, underscore (_) and hyphen (-) are allowed.</source>
        <translation>El usuario de TradingView «%1» contiene «%2»; solo se admiten letras inglesas, dígitos, guion bajo (_) y guion (-).</translation>
    </message>
</context>
<context>
    <name>WebhookEventStateNames</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Aplicado</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
</context>
<context>
    <name>WebhookEventStore</name>
    <message>
        <source>The event has no id to recognise a redelivery by.</source>
        <translation>El evento no tiene ningún id con el que reconocer una reentrega.</translation>
    </message>
    <message>
        <source>Already received; nothing changed.</source>
        <translation>Ya recibido; no cambió nada.</translation>
    </message>
    <message>
        <source>Only an event that waits, needs attention or was ignored can be applied again.</source>
        <translation>Solo se puede volver a aplicar un evento que esté en espera, requiera atención o se haya ignorado.</translation>
    </message>
    <message>
        <source>The event is no longer waiting to be applied.</source>
        <translation>El evento ya no está en espera de aplicarse.</translation>
    </message>
    <message>
        <source>Only an event that waits or needs attention can be ignored.</source>
        <translation>Solo se puede ignorar un evento que esté en espera o requiera atención.</translation>
    </message>
</context>
<context>
    <name>WebhookIntake</name>
    <message>
        <source>PineDesk has no webhook for a provider called &quot;%1&quot;.</source>
        <translation>PineDesk no tiene ningún webhook para un proveedor llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The body has %1 bytes; more than %2 is refused.</source>
        <translation>El cuerpo tiene %1 bytes; se rechaza todo lo que supere %2.</translation>
    </message>
    <message>
        <source>No signing secret is set for %1: run &apos;pinedesk webhooks secret %2&apos;.</source>
        <translation>No hay ningún secreto de firma definido para %1: ejecuta &apos;pinedesk webhooks secret %2&apos;.</translation>
    </message>
    <message>
        <source>The event could not be stored; it will be delivered again.</source>
        <translation>No se pudo guardar el evento; se volverá a entregar.</translation>
    </message>
    <message>
        <source>Say which %1 account is yours first: run &apos;pinedesk webhooks account %2 ID&apos;.</source>
        <translation>Indica primero qué cuenta de %1 es la tuya: ejecuta &apos;pinedesk webhooks account %2 ID&apos;.</translation>
    </message>
</context>
<context>
    <name>WebhookJson</name>
    <message>
        <source>The body is not a JSON object (%1 at byte %2).</source>
        <translation>El cuerpo no es un objeto JSON (%1 en el byte %2).</translation>
    </message>
</context>
<context>
    <name>WebhookSecrets</name>
    <message>
        <source>No system keychain is available for the %1 secret; unlock one, or set %2.</source>
        <translation>No hay ningún llavero del sistema disponible para el secreto de %1; desbloquea uno o define %2.</translation>
    </message>
    <message>
        <source>The keychain failed for %1: %2</source>
        <translation>Falló el llavero para %1: %2</translation>
    </message>
</context>
<context>
    <name>WebhooksCommand</name>
    <message>
        <source>Usage: pinedesk webhooks secret PROVIDER &lt; secret.txt (PROVIDER: %1).</source>
        <translation>Uso: pinedesk webhooks secret PROVIDER &lt; secret.txt (PROVIDER: %1).</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>No se puede leer la entrada estándar.</translation>
    </message>
    <message>
        <source>No secret on standard input; nothing was changed.</source>
        <translation>No hay ningún secreto en la entrada estándar; no se cambió nada.</translation>
    </message>
    <message>
        <source>The %1 secret is in the keychain; restart &apos;pinedesk serve&apos; to use it.</source>
        <translation>El secreto de %1 está en el llavero; reinicia &apos;pinedesk serve&apos; para usarlo.</translation>
    </message>
    <message>
        <source>The payment webhooks: secret PROVIDER, inbox, retry ID.</source>
        <translation>Los webhooks de pago: secret PROVIDER, inbox, retry ID.</translation>
    </message>
    <message>
        <source>Print as JSON.</source>
        <translation>Muestra en JSON.</translation>
    </message>
    <message>
        <source>Only events in this state (pending, applied, ignored, needs_attention, duplicate, refused).</source>
        <translation>Solo los eventos en este estado (pending, applied, ignored, needs_attention, duplicate, refused).</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>The TradingView username to use instead.</source>
        <translation>El nombre de usuario de TradingView que se usará en su lugar.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Usage: pinedesk webhooks retry ID [--username NAME].</source>
        <translation>Uso: pinedesk webhooks retry ID [--username NAME].</translation>
    </message>
    <message>
        <source>Event %1 waits to be applied; &apos;pinedesk serve&apos; applies it.</source>
        <translation>El evento %1 espera a aplicarse; &apos;pinedesk serve&apos; lo aplica.</translation>
    </message>
    <message>
        <source>Unknown state %1.</source>
        <translation>Estado desconocido %1.</translation>
    </message>
    <message>
        <source>What to do: secret PROVIDER, inbox, retry ID, account PROVIDER ID (Gumroad&apos;s seller id), username-field PROVIDER TEXT (the checkout field holding the TradingView username).</source>
        <translation>Qué hacer: secret PROVIDER, inbox, retry ID, account PROVIDER ID (el id de vendedor de Gumroad), username-field PROVIDER TEXT (el campo del pago que lleva el usuario de TradingView).</translation>
    </message>
    <message>
        <source>Usage: pinedesk webhooks %1 PROVIDER VALUE.</source>
        <translation>Uso: pinedesk webhooks %1 PROVIDER VALUE.</translation>
    </message>
    <message>
        <source>Saved; restart &apos;pinedesk serve&apos; to use it.</source>
        <translation>Guardado; reinicia &apos;pinedesk serve&apos; para usarlo.</translation>
    </message>
    <message>
        <source>Usage: pinedesk webhooks secret|inbox|retry|account|username-field (see --help).</source>
        <translation>Uso: pinedesk webhooks secret|inbox|retry|account|username-field (consulta --help).</translation>
    </message>
</context>
<context>
    <name>WhopAdapter</name>
    <message>
        <source>The webhook-id, webhook-timestamp or webhook-signature header is missing.</source>
        <translation>Falta la cabecera webhook-id, webhook-timestamp o webhook-signature.</translation>
    </message>
    <message>
        <source>The event was signed %1 s away from now; more than %2 s is refused as a replay.</source>
        <translation>El evento se firmó a %1 s de ahora; más de %2 s se rechaza como posible repetición (replay).</translation>
    </message>
    <message>
        <source>The Whop signature does not match the signing secret.</source>
        <translation>La firma de Whop no coincide con el secreto de firma.</translation>
    </message>
    <message>
        <source>The Whop event has no webhook-id.</source>
        <translation>El evento de Whop no tiene webhook-id.</translation>
    </message>
    <message>
        <source>PineDesk does not act on Whop&apos;s %1 events.</source>
        <translation>PineDesk no actúa ante los eventos %1 de Whop.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PineDesk</source>
        <translation>PineDesk</translation>
    </message>
    <message>
        <source>PineDesk needs a graphical display, and none was found (DISPLAY and WAYLAND_DISPLAY are not set).
On a machine without a screen, run it under a virtual display:
  xvfb-run -a pinedesk
Commands such as &apos;pinedesk demo-data&apos; work without a display.
</source>
        <translation>PineDesk necesita una pantalla gráfica y no se encontró ninguna (DISPLAY y WAYLAND_DISPLAY no están definidas).
En una máquina sin pantalla, ejecútalo en una pantalla virtual:
  xvfb-run -a pinedesk
Las órdenes como &apos;pinedesk demo-data&apos; funcionan sin pantalla.
</translation>
    </message>
    <message>
        <source>No TradingView session yet: run &apos;pinedesk session set&apos; and paste the cookie.</source>
        <translation>Aún no hay sesión de TradingView: ejecuta &apos;pinedesk session set&apos; y pega la cookie.</translation>
    </message>
    <message>
        <source>TradingView session</source>
        <translation>Sesión de TradingView</translation>
    </message>
    <message>
        <source>Paste the value of the sessionid cookie of tradingview.com (or the whole Cookie header):</source>
        <translation>Pega el valor de la cookie sessionid de tradingview.com (o la cabecera Cookie completa):</translation>
    </message>
    <message>
        <source>Restart PineDesk</source>
        <translation>Reiniciar PineDesk</translation>
    </message>
    <message>
        <source>The change takes effect when PineDesk starts again. Restart now?</source>
        <translation>El cambio se aplicará cuando PineDesk se inicie de nuevo. ¿Reiniciar ahora?</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>The backup of %1 is restored.</source>
        <translation>La copia del %1 está restaurada.</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) with waiting changes are paused: reconcile on the Sync page, then resume them.</source>
        <translation>
            <numerusform>%n lote con cambios pendientes está en pausa: concilia en la página Sincronización y después reanúdalo.</numerusform>
            <numerusform>%n lotes con cambios pendientes están en pausa: concilia en la página Sincronización y después reanúdalos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was not restored: %1 Nothing was changed.</source>
        <translation>La copia no se restauró: %1 No se cambió nada.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>La copia de seguridad falló: %1</translation>
    </message>
    <message>
        <source>This database comes from an earlier PineDesk and is upgraded after a backup, which failed: %1 Nothing was changed.</source>
        <translation>Esta base de datos viene de una versión anterior de PineDesk y se actualiza tras una copia de seguridad, que falló: %1 No se cambió nada.</translation>
    </message>
    <message>
        <source>Reminders: %1</source>
        <translation>Recordatorios: %1</translation>
    </message>
    <message>
        <source>Team channels: %1</source>
        <translation>Canales del equipo: %1</translation>
    </message>
    <message>
        <source>A team database is backed up and restored with PostgreSQL&apos;s own tools (pg_dump, pg_restore); &quot;%1&quot; works on a database file.</source>
        <translation>Una base de datos de equipo se respalda y restaura con las herramientas de PostgreSQL (pg_dump, pg_restore); «%1» trabaja sobre un archivo de base de datos.</translation>
    </message>
    <message>
        <source>Usage: pinedesk [--db PATH|URL] [--base-url URL] [COMMAND [OPTIONS]]

Without a command PineDesk opens its window.

Global options:
  --db PATH        use this database file instead of the default one
  --db URL         use a team&apos;s PostgreSQL database, e.g.
                   postgresql://maria@db.example.com/pinedesk?sslmode=require
                   (the password comes from PGPASSWORD or ~/.pgpass)
  --base-url URL   talk to this TradingView (or sandbox) address
  --sandbox        open on the built-in TradingView sandbox and demo data
  --real           open on the real TradingView (the session comes from the keychain)
  --help           show this help
  --version        show the version

Commands (no display needed):
  demo-data        write a new database with realistic demo data
  sandbox serve    run the TradingView sandbox on 127.0.0.1
  tv ...           one TradingView access call (check, validate, list, add,
                   modify, remove, scripts)
  session ...      the TradingView session in the keychain (set, check, clear)
  grant ...        give access: --users FILE|u1,u2 --indicator PINE
                   (--duration 30D | --until YYYY-MM-DD | --lifetime)
  extend ...       extend access (same options)
  revoke ...       revoke access: --users ... --indicator PINE
  sync             apply the queued changes on TradingView [--until-idle]
  queue            the queue by state and the failed changes [--json]
  reconcile        compare TradingView with PineDesk [--json] [--fix]
  import ...       import clients and payments from a CSV export:
                   clients FILE [--dry-run] [--layout ID] [--json]
  backup           take a verified backup [--to DIR]
  backups          list the backups [--verify] [--json]
  restore FILE     put a backup in place of the database [--yes]
  serve            receive payment webhooks and apply the queue
                   [--listen HOST:PORT] [--cert FILE --key FILE]
  webhooks ...     secret PROVIDER (from standard input), inbox, retry ID
  indicators add   add a script to the catalog: PINE_ID [--name N]
  plans add        add a plan: NAME --indicator PINE_ID... --duration D
  products ...     map PROVIDER PRODUCT_ID --plan NAME, or list
  api-key ...      keys for serve&apos;s REST API: create --name NAME, list, revoke NAME
  team ...         a team database&apos;s members: list, add, role, disable, enable
  migrate-to-postgresql --from FILE --to URL
                   copy a database file into an empty team database, verified
  remind           announce the accesses about to end and send the e-mails
                   [--dry-run]; remind configure [--days 7,1] [--email-clients yes]
  mail ...         the mail server: server --host H --from ADDRESS, password (from
                   standard input), test ADDRESS, outbox, retry ID
  channels ...     Discord, Slack and Telegram for the team: status, set CHANNEL
                   [--on|--off] [--events KINDS] [--chat ID], secret CHANNEL (from
                   standard input), test CHANNEL, send, retry
  report expiries  the accesses ending in a range as iCalendar (.ics)
                   [--from DATE] [--to DATE] [--per day|access] [--out FILE]

Environment:
  PINEDESK_TV_SESSION  a session cookie that takes precedence over the keychain
  PINEDESK_WEBHOOK_SECRET_&lt;PROVIDER&gt;  a webhook secret that takes precedence over
                   the keychain (PROVIDER: STRIPE, WHOP, GUMROAD, SHOPIFY,
                   LEMONSQUEEZY, PATREON)
  PINEDESK_SMTP_PASSWORD  the mail server&apos;s password, over the keychain
  PINEDESK_DISCORD_WEBHOOK_URL, PINEDESK_SLACK_WEBHOOK_URL,
  PINEDESK_TELEGRAM_BOT_TOKEN  a team channel&apos;s secret, over the keychain

Run &apos;pinedesk COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>Uso: pinedesk [--db PATH|URL] [--base-url URL] [COMMAND [OPTIONS]]

Sin una orden, PineDesk abre su ventana.

Opciones globales:
  --db PATH        usa este archivo de base de datos en lugar del predeterminado
  --db URL         usa la base de datos PostgreSQL de un equipo, p. ej.
                   postgresql://maria@db.example.com/pinedesk?sslmode=require
                   (la contraseña se toma de PGPASSWORD o de ~/.pgpass)
  --base-url URL   habla con esta dirección de TradingView (o del sandbox)
  --sandbox        abre con el sandbox de TradingView integrado y datos de
                   demostración
  --real           abre con el TradingView real (la sesión se toma del llavero)
  --help           muestra esta ayuda
  --version        muestra la versión

Órdenes (no necesitan pantalla):
  demo-data        escribe una base de datos nueva con datos de demostración
                   realistas
  sandbox serve    ejecuta el sandbox de TradingView en 127.0.0.1
  tv ...           una llamada de acceso a TradingView (check, validate, list,
                   add, modify, remove, scripts)
  session ...      la sesión de TradingView en el llavero (set, check, clear)
  grant ...        concede acceso: --users FILE|u1,u2 --indicator PINE
                   (--duration 30D | --until YYYY-MM-DD | --lifetime)
  extend ...       extiende el acceso (mismas opciones)
  revoke ...       revoca el acceso: --users ... --indicator PINE
  sync             aplica en TradingView los cambios en cola [--until-idle]
  queue            la cola por estado y los cambios fallidos [--json]
  reconcile        compara TradingView con PineDesk [--json] [--fix]
  import ...       importa clientes y pagos desde una exportación CSV:
                   clients FILE [--dry-run] [--layout ID] [--json]
  backup           hace una copia de seguridad verificada [--to DIR]
  backups          lista las copias de seguridad [--verify] [--json]
  restore FILE     pone una copia de seguridad en lugar de la base de datos
                   [--yes]
  serve            recibe webhooks de pago y aplica la cola
                   [--listen HOST:PORT] [--cert FILE --key FILE]
  webhooks ...     secret PROVIDER (desde la entrada estándar), inbox, retry ID
  indicators add   añade un script al catálogo: PINE_ID [--name N]
  plans add        añade un plan: NAME --indicator PINE_ID... --duration D
  products ...     map PROVIDER PRODUCT_ID --plan NAME, o list
  api-key ...      claves de la API REST de serve: create --name NAME, list, revoke NAME
  team ...         los miembros de una base de datos de equipo: list, add, role, disable, enable
  migrate-to-postgresql --from FILE --to URL
                   copia un archivo de base de datos en una base de datos de
                   equipo vacía, verificada
  remind           anuncia los accesos a punto de terminar y envía los correos
                   [--dry-run]; remind configure [--days 7,1] [--email-clients yes]
  mail ...         el servidor de correo: server --host H --from ADDRESS, password
                   (desde la entrada estándar), test ADDRESS, outbox, retry ID
  channels ...     Discord, Slack y Telegram para el equipo: status, set CHANNEL
                   [--on|--off] [--events KINDS] [--chat ID], secret CHANNEL
                   (desde la entrada estándar), test CHANNEL, send, retry
  report expiries  los accesos que terminan en un periodo, en iCalendar (.ics)
                   [--from DATE] [--to DATE] [--per day|access] [--out FILE]

Entorno:
  PINEDESK_TV_SESSION  una cookie de sesión que tiene prioridad sobre el llavero
  PINEDESK_WEBHOOK_SECRET_&lt;PROVIDER&gt;  un secreto de webhook que tiene
                   prioridad sobre el llavero (PROVIDER: STRIPE, WHOP, GUMROAD,
                   SHOPIFY, LEMONSQUEEZY, PATREON)
  PINEDESK_SMTP_PASSWORD  la contraseña del servidor de correo, con prioridad
                   sobre el llavero
  PINEDESK_DISCORD_WEBHOOK_URL, PINEDESK_SLACK_WEBHOOK_URL,
  PINEDESK_TELEGRAM_BOT_TOKEN  el secreto de un canal del equipo, con prioridad
                   sobre el llavero

Ejecuta &apos;pinedesk COMMAND --help&apos; para ver las opciones de una orden.

</translation>
    </message>
</context>
<context>
    <name>pinedesk::AccessChangeDialog</name>
    <message>
        <source>Change access</source>
        <translation>Cambiar acceso</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) selected</source>
        <translation>
            <numerusform>%n cliente seleccionado</numerusform>
            <numerusform>%n clientes seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Conceder</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Extender</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <source>&amp;Indicators:</source>
        <translation>&amp;Indicadores:</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 días</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 días</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>De por vida</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>&amp;Queue changes</source>
        <translation>Poner en &amp;cola los cambios</translation>
    </message>
    <message>
        <source>An extension counts from the current expiry, or from today when it has passed. Lifetime access stays lifetime unless you choose a date.</source>
        <translation>Una extensión cuenta desde el vencimiento actual, o desde hoy si ya ha pasado. El acceso de por vida sigue siendo de por vida salvo que elijas una fecha.</translation>
    </message>
    <message>
        <source>Choose at least one indicator.</source>
        <translation>Elige al menos un indicador.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) queued for TradingView.</source>
        <translation>
            <numerusform>%n cambio puesto en cola para TradingView.</numerusform>
            <numerusform>%n cambios puestos en cola para TradingView.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change: TradingView already has what you asked for.</source>
        <translation>Nada que cambiar: TradingView ya tiene lo que pediste.</translation>
    </message>
    <message>
        <source>End lifetime access</source>
        <translation>Terminar accesos de por vida</translation>
    </message>
    <message numerus="yes">
        <source>%n of these accesses are for life. With a date they end on %1: those clients lose access they were given for life.</source>
        <translation>
            <numerusform>%n de estos accesos es de por vida. Con una fecha termina el %1: ese cliente pierde un acceso que se le dio de por vida.</numerusform>
            <numerusform>%n de estos accesos son de por vida. Con una fecha terminan el %1: esos clientes pierden accesos que se les dieron de por vida.</numerusform>
        </translation>
    </message>
    <message>
        <source>End them on that date</source>
        <translation>Terminarlos en esa fecha</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>That is more than %1 clients: use File › Bulk changes… for large selections (it checks, previews and follows the run).</source>
        <translation>Son más de %1 clientes: usa Archivo › Cambios en lote… para selecciones grandes (comprueba, muestra una vista previa y sigue la ejecución).</translation>
    </message>
    <message>
        <source>The indicators could not be read: %1</source>
        <translation>No se pudieron leer los indicadores: %1</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>No se cambió nada: %1</translation>
    </message>
</context>
<context>
    <name>pinedesk::AccessFilterBar</name>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Pending sync</source>
        <translation>Sincronización pendiente</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>pinedesk::AccessTableModel</name>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Bulk</source>
        <translation>En lote</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>De por vida</translation>
    </message>
    <message>
        <source>TradingView user</source>
        <translation>Usuario de TradingView</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>pinedesk::AnalyticsPage</name>
    <message>
        <source>Analytics</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Cohort retention: the share of each month&apos;s new clients active at the end of each later month</source>
        <translation>Retención por cohortes: la parte de los clientes nuevos de cada mes activa al final de cada mes posterior</translation>
    </message>
    <message>
        <source>Cohort retention</source>
        <translation>Retención por cohortes</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Calculando las cifras…</translation>
    </message>
    <message>
        <source>The figures cannot be computed: %1</source>
        <translation>No se pueden calcular las cifras: %1</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Mes %1</translation>
    </message>
    <message>
        <source>%1 of %2 clients who started in %3 were active at the end of month %4.</source>
        <translation>%1 de %2 clientes que empezaron en %3 estaban activos al final del mes %4.</translation>
    </message>
    <message numerus="yes">
        <source>Next %1 days: %n paying client(s) whose access ends, %2</source>
        <translation>
            <numerusform>Próximos %1 días: %n cliente de pago cuyo acceso termina, %2</numerusform>
            <numerusform>Próximos %1 días: %n clientes de pago cuyo acceso termina, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Revenue at risk</source>
        <translation>Ingresos en riesgo</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <source>Export &amp;CSV</source>
        <translation>Exportar &amp;CSV</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Custom months</source>
        <translation>Meses a elegir</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>Primer mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Último mes</translation>
    </message>
    <message>
        <source>The business report of this range, to print or hand to an accountant</source>
        <translation>El informe de negocio de este rango, para imprimirlo o entregarlo a un contable</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2, compared with the same length before. Churn allows %n day(s) of grace. Computed %3 (UTC). Click a point, a bar or a cohort cell to see those clients.</source>
        <translation>
            <numerusform>%1 a %2, comparado con la misma duración anterior. La baja admite %n día de gracia. Calculado el %3 (UTC). Pulse un punto, una barra o una celda de cohorte para ver esos clientes.</numerusform>
            <numerusform>%1 a %2, comparado con la misma duración anterior. La baja admite %n días de gracia. Calculado el %3 (UTC). Pulse un punto, una barra o una celda de cohorte para ver esos clientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <source>%1-%2-to-%3.csv</source>
        <translation>%1-%2-a-%3.csv</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Export the business report</source>
        <translation>Exportar el informe de negocio</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>The business report is in %1 (%n page(s)).</source>
        <translation>
            <numerusform>El informe de negocio está en %1 (%n página).</numerusform>
            <numerusform>El informe de negocio está en %1 (%n páginas).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinedesk::AutomationPage</name>
    <message>
        <source>Fix &amp;username…</source>
        <translation>Corregir nombre de &amp;usuario…</translation>
    </message>
    <message>
        <source>&amp;Apply again</source>
        <translation>A&amp;plicar de nuevo</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignorar</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatización</translation>
    </message>
    <message>
        <source>Show events</source>
        <translation>Mostrar eventos</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Enter the TradingView username the client meant; the event is applied again once TradingView knows it.</source>
        <translation>Introduce el nombre de usuario de TradingView al que se refería el cliente; el evento se vuelve a aplicar en cuanto TradingView lo reconoce.</translation>
    </message>
    <message>
        <source>Apply the event again, e.g. after mapping its product to a plan.</source>
        <translation>Vuelve a aplicar el evento, p. ej. después de asignar su producto a un plan.</translation>
    </message>
    <message>
        <source>Nothing to do for this event (a test, an unrelated product).</source>
        <translation>No hay nada que hacer con este evento (una prueba, un producto no relacionado).</translation>
    </message>
    <message>
        <source>Event payload</source>
        <translation>Contenido del evento</translation>
    </message>
    <message>
        <source>Select an event to read what the provider sent.</source>
        <translation>Selecciona un evento para leer lo que envió el proveedor.</translation>
    </message>
    <message>
        <source>The inbox could not be read: %1</source>
        <translation>No se pudo leer la bandeja de entrada: %1</translation>
    </message>
    <message>
        <source>No webhook events yet. Once a provider sends one to &apos;pinedesk serve&apos;, it is listed here with what it changed.</source>
        <translation>Aún no hay eventos de webhook. Cuando un proveedor envíe uno a &apos;pinedesk serve&apos;, aparecerá aquí junto con lo que cambió.</translation>
    </message>
    <message>
        <source>Fix username</source>
        <translation>Corregir nombre de usuario</translation>
    </message>
    <message>
        <source>The TradingView username of this client (it is checked on TradingView before anything is granted):</source>
        <translation>El nombre de usuario de TradingView de este cliente (se comprueba en TradingView antes de conceder nada):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not right. The TradingView username the client meant (it is checked on TradingView before anything is granted):</source>
        <translation>&quot;%1&quot; no es correcto. El nombre de usuario de TradingView al que se refería el cliente (se comprueba en TradingView antes de conceder nada):</translation>
    </message>
    <message>
        <source>Event %1 waits to be applied as %2.</source>
        <translation>El evento %1 espera a aplicarse como %2.</translation>
    </message>
    <message>
        <source>Event %1 waits to be applied again.</source>
        <translation>El evento %1 espera a aplicarse de nuevo.</translation>
    </message>
    <message>
        <source>Event %1 is ignored.</source>
        <translation>El evento %1 se ha ignorado.</translation>
    </message>
    <message>
        <source>&amp;Receive webhooks while PineDesk is open, on</source>
        <translation>&amp;Recibir webhooks mientras PineDesk está abierto, en</translation>
    </message>
    <message>
        <source>Without &apos;pinedesk serve&apos;: this window receives the webhooks itself (behind a reverse proxy for the public address).</source>
        <translation>Sin &apos;pinedesk serve&apos;: esta ventana recibe los webhooks ella misma (detrás de un proxy inverso para la dirección pública).</translation>
    </message>
    <message>
        <source>Address and port</source>
        <translation>Dirección y puerto</translation>
    </message>
    <message>
        <source>&lt;p&gt;Sales turn into access by themselves while &lt;b&gt;pinedesk serve&lt;/b&gt; runs, or while this window receives them (below; see &lt;i&gt;man pinedesk&lt;/i&gt;). Paste these addresses into each provider and store its secret with &lt;code&gt;pinedesk webhooks secret PROVIDER&lt;/code&gt;:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Las ventas se convierten en acceso por sí solas mientras se ejecuta &lt;b&gt;pinedesk serve&lt;/b&gt;, o mientras esta ventana las recibe (abajo; consulta &lt;i&gt;man pinedesk&lt;/i&gt;). Pega estas direcciones en cada proveedor y guarda su secreto con &lt;code&gt;pinedesk webhooks secret PROVIDER&lt;/code&gt;:&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>pinedesk::AutomationServer</name>
    <message>
        <source>PineDesk cannot listen on %1:%2: %3</source>
        <translation>PineDesk no puede escuchar en %1:%2: %3</translation>
    </message>
    <message>
        <source>Webhooks are delivered with POST.</source>
        <translation>Los webhooks se entregan con POST.</translation>
    </message>
    <message>
        <source>Nothing is served at this address.</source>
        <translation>No se sirve nada en esta dirección.</translation>
    </message>
    <message>
        <source>The body is larger than 1 MiB.</source>
        <translation>El cuerpo ocupa más de 1 MiB.</translation>
    </message>
</context>
<context>
    <name>pinedesk::BackupsPanel</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Copiar ahora</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>PineDesk backs up the database every day while it runs, and keeps the last 7 days, 4 weeks and 12 months. Each backup is checked before it is kept.</source>
        <translation>PineDesk copia la base de datos cada día mientras está abierto y conserva los últimos 7 días, 4 semanas y 12 meses. Cada copia se comprueba antes de guardarla.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Accesses</source>
        <translation>Accesos</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Copiando…</translation>
    </message>
    <message>
        <source>Backup of %1 written and checked.</source>
        <translation>Copia del %1 escrita y comprobada.</translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) removed.</source>
        <translation>
            <numerusform>%n copia anterior eliminada.</numerusform>
            <numerusform>%n copias anteriores eliminadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>La copia de seguridad falló: %1</translation>
    </message>
    <message>
        <source>The backups could not be listed: %1</source>
        <translation>No se pudieron listar las copias de seguridad: %1</translation>
    </message>
    <message>
        <source>No backups yet in %1.</source>
        <translation>Todavía no hay copias de seguridad en %1.</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored.</source>
        <translation>Esta copia está dañada y no se puede restaurar.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Go back to the backup of %1 (%2, %3)? Everything changed since is replaced; the database as it is now is backed up first. PineDesk restarts to restore it, and waiting changes stay paused until you reconcile.</source>
        <translation>¿Volver a la copia del %1 (%2, %3)? Todo lo cambiado desde entonces se sustituye; antes se copia la base de datos tal como está. PineDesk se reinicia para restaurarla y los cambios pendientes quedan en pausa hasta que concilies.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln access(es)</source>
        <translation>
            <numerusform>%Ln acceso</numerusform>
            <numerusform>%Ln accesos</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore and restart</source>
        <translation>Restaurar y reiniciar</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de restaurar</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Dañada</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Antes de actualizar</translation>
    </message>
    <message>
        <source>Before deleting clients</source>
        <translation>Antes de eliminar clientes</translation>
    </message>
</context>
<context>
    <name>pinedesk::BatchList</name>
    <message>
        <source>Pause &amp;batch</source>
        <translation>&amp;Pausar lote</translation>
    </message>
    <message>
        <source>Cancel ba&amp;tch…</source>
        <translation>&amp;Cancelar lote…</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lotes</translation>
    </message>
    <message>
        <source>Hold this batch&apos;s waiting changes; the rest of the queue goes on</source>
        <translation>Retiene los cambios en espera de este lote; el resto de la cola sigue adelante</translation>
    </message>
    <message>
        <source>Drop this batch&apos;s changes that were not sent yet</source>
        <translation>Descarta los cambios de este lote que aún no se han enviado</translation>
    </message>
    <message>
        <source>The batches could not be read: %1</source>
        <translation>No se pudieron leer los lotes: %1</translation>
    </message>
    <message>
        <source>Resume &amp;batch</source>
        <translation>&amp;Reanudar lote</translation>
    </message>
    <message>
        <source>Batch &quot;%1&quot; paused: its waiting changes stay queued until you resume it.</source>
        <translation>Lote &quot;%1&quot; en pausa: sus cambios en espera siguen en cola hasta que lo reanudes.</translation>
    </message>
    <message>
        <source>Batch &quot;%1&quot; resumed.</source>
        <translation>Lote &quot;%1&quot; reanudado.</translation>
    </message>
    <message>
        <source>Cancel batch</source>
        <translation>Cancelar lote</translation>
    </message>
    <message numerus="yes">
        <source>Cancel the %n change(s) of &quot;%1&quot; that were not sent yet? What PineDesk intends stays as it is, so these clients will differ from TradingView until you change them again. Changes being sent now still finish.</source>
        <translation>
            <numerusform>¿Cancelar el %n cambio de &quot;%1&quot; que aún no se ha enviado? Lo que PineDesk tiene previsto se mantiene tal como está, así que ese cliente no coincidirá con TradingView hasta que vuelvas a cambiarlo. Los cambios que se están enviando ahora terminan igualmente.</numerusform>
            <numerusform>¿Cancelar los %n cambios de &quot;%1&quot; que aún no se han enviado? Lo que PineDesk tiene previsto se mantiene tal como está, así que estos clientes no coincidirán con TradingView hasta que vuelvas a cambiarlos. Los cambios que se están enviando ahora terminan igualmente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel changes</source>
        <translation>Cancelar cambios</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of &quot;%1&quot; cancelled.</source>
        <translation>
            <numerusform>%n cambio de &quot;%1&quot; cancelado.</numerusform>
            <numerusform>%n cambios de &quot;%1&quot; cancelados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinedesk::BulkCheckModel</name>
    <message>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation>Válido: %1</translation>
    </message>
    <message>
        <source>Not found: left out (edit to fix)</source>
        <translation>No encontrado: omitido (edítalo para corregirlo)</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Double-click or press F2 to correct this username.</source>
        <translation>Haz doble clic o pulsa F2 para corregir este nombre de usuario.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>On TradingView</source>
        <translation>En TradingView</translation>
    </message>
    <message>
        <source>In PineDesk</source>
        <translation>En PineDesk</translation>
    </message>
    <message>
        <source>Access now</source>
        <translation>Acceso actual</translation>
    </message>
    <message>
        <source>Not a client</source>
        <translation>No es cliente</translation>
    </message>
</context>
<context>
    <name>pinedesk::BulkCheckPage</name>
    <message>
        <source>&amp;Stop checking</source>
        <translation>&amp;Detener la comprobación</translation>
    </message>
    <message>
        <source>Check &amp;errors again</source>
        <translation>Volver a comprobar los &amp;errores</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Each username is checked on TradingView. Usernames that do not exist are left out; correct one in the table to check it again.</source>
        <translation>Cada nombre de usuario se comprueba en TradingView. Los nombres de usuario que no existen se omiten; corrige uno en la tabla para volver a comprobarlo.</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrados</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>Nuevos clientes</translation>
    </message>
    <message>
        <source>Already have access</source>
        <translation>Ya tienen acceso</translation>
    </message>
    <message>
        <source>Lifetime holders</source>
        <translation>Con acceso de por vida</translation>
    </message>
    <message>
        <source>PineDesk could not read its clients: %1</source>
        <translation>PineDesk no pudo leer sus clientes: %1</translation>
    </message>
    <message>
        <source>Checking usernames on TradingView…</source>
        <translation>Comprobando nombres de usuario en TradingView…</translation>
    </message>
    <message>
        <source>No connection to TradingView: usernames cannot be checked now. They go ahead as they are; any that does not exist fails with a reason when the changes are sent.</source>
        <translation>Sin conexión con TradingView: ahora no se pueden comprobar los nombres de usuario. Siguen adelante tal como están; los que no existan fallarán con un motivo cuando se envíen los cambios.</translation>
    </message>
    <message numerus="yes">
        <source>Checking stopped: %n username(s) were not checked and go ahead as they are.</source>
        <translation>
            <numerusform>Comprobación detenida: %n nombre de usuario no se comprobó y sigue adelante tal como está.</numerusform>
            <numerusform>Comprobación detenida: %n nombres de usuario no se comprobaron y siguen adelante tal como están.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n username(s) checked on TradingView.</source>
        <translation>
            <numerusform>%n nombre de usuario comprobado en TradingView.</numerusform>
            <numerusform>%n nombres de usuario comprobados en TradingView.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid</source>
        <translation>
            <numerusform>%n válido</numerusform>
            <numerusform>%n válidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found (left out)</source>
        <translation>
            <numerusform>%n no encontrado (omitido)</numerusform>
            <numerusform>%n no encontrados (omitidos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be checked (left out)</source>
        <translation>
            <numerusform>%n no se pudo comprobar (omitido)</numerusform>
            <numerusform>%n no se pudieron comprobar (omitidos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to check</source>
        <translation>
            <numerusform>%n por comprobar</numerusform>
            <numerusform>%n por comprobar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not checked</source>
        <translation>
            <numerusform>%n sin comprobar</numerusform>
            <numerusform>%n sin comprobar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already have access</source>
        <translation>
            <numerusform>%n ya tiene acceso</numerusform>
            <numerusform>%n ya tienen acceso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold lifetime access</source>
        <translation>
            <numerusform>%n tiene acceso de por vida</numerusform>
            <numerusform>%n tienen acceso de por vida</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add the %n username(s) that are not clients yet as clients (untick to leave them out)</source>
        <translation>
            <numerusform>Añadir como &amp;cliente el %n nombre de usuario que aún no lo es (desmarca para omitirlo)</numerusform>
            <numerusform>Añadir como &amp;clientes los %n nombres de usuario que aún no lo son (desmarca para omitirlos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found on TradingView</source>
        <translation>No encontrado en TradingView</translation>
    </message>
    <message>
        <source>Could not be checked: %1</source>
        <translation>No se pudo comprobar: %1</translation>
    </message>
    <message>
        <source>Not a client (new clients were left out)</source>
        <translation>No es cliente (los nuevos clientes se omitieron)</translation>
    </message>
</context>
<context>
    <name>pinedesk::BulkPreviewModel</name>
    <message>
        <source>Lifetime</source>
        <translation>De por vida</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>No e-mail</source>
        <translation>Sin correo</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Planned change</source>
        <translation>Cambio previsto</translation>
    </message>
    <message>
        <source>Look at</source>
        <translation>Revisar</translation>
    </message>
</context>
<context>
    <name>pinedesk::BulkPreviewPage</name>
    <message>
        <source>Save as a &amp;campaign</source>
        <translation>&amp;Guardar como campaña</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>What will change for each user. Nothing is sent to TradingView until you queue the changes.</source>
        <translation>Qué cambiará para cada usuario. No se envía nada a TradingView hasta que pongas los cambios en cola.</translation>
    </message>
    <message>
        <source>&amp;Queue changes</source>
        <translation>Poner en &amp;cola los cambios</translation>
    </message>
    <message>
        <source>users</source>
        <translation>usuarios</translation>
    </message>
    <message>
        <source>new grants</source>
        <translation>nuevas concesiones</translation>
    </message>
    <message>
        <source>extensions</source>
        <translation>extensiones</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>revokes</source>
        <translation>revocaciones</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Users with changes</source>
        <translation>Usuarios con cambios</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>New grants</source>
        <translation>Nuevas concesiones</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Extensiones</translation>
    </message>
    <message>
        <source>Revokes</source>
        <translation>Revocaciones</translation>
    </message>
    <message>
        <source>Lifetime holders</source>
        <translation>Con acceso de por vida</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>Nuevos clientes</translation>
    </message>
    <message>
        <source>Without e-mail</source>
        <translation>Sin correo</translation>
    </message>
    <message>
        <source>e.g. Spring trial 2026</source>
        <translation>p. ej. Prueba de primavera 2026</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>A&amp;udience:</source>
        <translation>&amp;Público:</translation>
    </message>
    <message>
        <source>O&amp;ffer:</source>
        <translation>&amp;Oferta:</translation>
    </message>
    <message numerus="yes">
        <source>Working out what changes for %n user(s)…</source>
        <translation>
            <numerusform>Calculando qué cambia para %n usuario…</numerusform>
            <numerusform>Calculando qué cambia para %n usuarios…</numerusform>
        </translation>
    </message>
    <message>
        <source>The changes could not be worked out: %1</source>
        <translation>No se pudieron calcular los cambios: %1</translation>
    </message>
    <message>
        <source>Nothing would change: every user already has what you asked for.</source>
        <translation>No cambiaría nada: cada usuario ya tiene lo que pediste.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n user(s) change, %2 left out at the check.</source>
        <translation>
            <numerusform>%1: cambia %n usuario, %2 omitidos en la comprobación.</numerusform>
            <numerusform>%1: cambian %n usuarios, %2 omitidos en la comprobación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Queue %n change(s)</source>
        <translation>
            <numerusform>Poner en &amp;cola %n cambio</numerusform>
            <numerusform>Poner en &amp;cola %n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign name taken</source>
        <translation>Nombre de campaña ya en uso</translation>
    </message>
    <message>
        <source>A campaign named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Ya existe una campaña llamada &quot;%1&quot;. Elige otro nombre.</translation>
    </message>
    <message>
        <source>Campaign not checked</source>
        <translation>Campaña sin comprobar</translation>
    </message>
</context>
<context>
    <name>pinedesk::BulkResultsModel</name>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>pinedesk::BulkRunPage</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;Cancel waiting</source>
        <translation>&amp;Cancelar cambios en espera</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>Reintentar &amp;fallidos</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>&amp;Exportar resultados…</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>You can close this window: the changes keep going. Quitting PineDesk pauses them until the next start.</source>
        <translation>Puedes cerrar esta ventana: los cambios siguen aplicándose. Al salir de PineDesk se pausan hasta el próximo inicio.</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Cerr&amp;ar</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Waiting or sending</source>
        <translation>En espera o enviándose</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completados</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelados</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>Queueing the changes…</source>
        <translation>Poniendo los cambios en cola…</translation>
    </message>
    <message>
        <source>Nothing was queued: %1</source>
        <translation>No se puso nada en cola: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) queued as one batch.</source>
        <translation>
            <numerusform>%n cambio puesto en cola como un solo lote.</numerusform>
            <numerusform>%n cambios puestos en cola como un solo lote.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new client(s) added.</source>
        <translation>
            <numerusform>%n cliente nuevo añadido.</numerusform>
            <numerusform>%n clientes nuevos añadidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as the campaign &quot;%1&quot;.</source>
        <translation>Guardado como la campaña &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The progress could not be read: %1</source>
        <translation>No se pudo leer el progreso: %1</translation>
    </message>
    <message>
        <source>Finished with failures: %1 done, %2 failed.</source>
        <translation>Terminado con fallos: %1 completados, %2 fallidos.</translation>
    </message>
    <message>
        <source>Stopped: %1 done, %2 cancelled.</source>
        <translation>Detenido: %1 completados, %2 cancelados.</translation>
    </message>
    <message numerus="yes">
        <source>Finished: all %n change(s) are on TradingView.</source>
        <translation>
            <numerusform>Terminado: %n cambio ya está en TradingView.</numerusform>
            <numerusform>Terminado: los %n cambios ya están en TradingView.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused: %1 of %2 changes done.</source>
        <translation>En pausa: %1 de %2 cambios completados.</translation>
    </message>
    <message>
        <source>Sending: %1 of %2 changes done.</source>
        <translation>Enviando: %1 de %2 cambios completados.</translation>
    </message>
    <message>
        <source>Done %1 · Failed %2 · Waiting %3 · Sending %4 · Cancelled %5 · Users with no change %6 · Left out %7</source>
        <translation>Completados %1 · Fallidos %2 · En espera %3 · Enviándose %4 · Cancelados %5 · Usuarios sin cambios %6 · Omitidos %7</translation>
    </message>
    <message>
        <source>Time left: not known yet</source>
        <translation>Tiempo restante: aún desconocido</translation>
    </message>
    <message>
        <source>%1 changes/s · about %2 left</source>
        <translation>%1 cambios/s · quedan unos %2</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Paused: changes already being sent finish, the rest wait.</source>
        <translation>En pausa: los cambios que ya se están enviando terminan, el resto espera.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Reanudado.</translation>
    </message>
    <message>
        <source>Cancel waiting changes</source>
        <translation>Cancelar los cambios en espera</translation>
    </message>
    <message numerus="yes">
        <source>Cancel the %n change(s) still waiting? What PineDesk intends stays as it is, so these users will differ from TradingView until you change them again.</source>
        <translation>
            <numerusform>¿Cancelar %n cambio que sigue en espera? Lo previsto en PineDesk se mantiene tal como está, así que ese usuario no coincidirá con TradingView hasta que vuelvas a cambiarlo.</numerusform>
            <numerusform>¿Cancelar los %n cambios que siguen en espera? Lo previsto en PineDesk se mantiene tal como está, así que esos usuarios no coincidirán con TradingView hasta que vuelvas a cambiarlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel changes</source>
        <translation>Cancelar cambios</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) cancelled.</source>
        <translation>
            <numerusform>%n cambio cancelado.</numerusform>
            <numerusform>%n cambios cancelados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed change(s) queued again.</source>
        <translation>
            <numerusform>%n cambio fallido puesto en cola de nuevo.</numerusform>
            <numerusform>%n cambios fallidos puestos en cola de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Results saved to %1.</source>
        <translation>Resultados guardados en %1.</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Exportar los resultados</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Sincronización: %1</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
</context>
<context>
    <name>pinedesk::BulkWhatPage</name>
    <message>
        <source>Gives access for at least this long from today. Access that already runs longer is left as it is.</source>
        <translation>Da acceso durante al menos este tiempo a partir de hoy. El acceso que ya dura más se deja como está.</translation>
    </message>
    <message>
        <source>Adds the time to what each user holds (from today when nothing runs), as a renewal does.</source>
        <translation>Añade el tiempo a lo que tiene cada usuario (desde hoy si no tiene nada en curso), como hace una renovación.</translation>
    </message>
    <message>
        <source>Takes the access away from each user who holds it.</source>
        <translation>Quita el acceso a cada usuario que lo tiene.</translation>
    </message>
    <message>
        <source>Moves users from one plan to another: indicators only the old plan has are revoked, those only the new plan has are granted, and those in both are extended by the new plan&apos;s duration.</source>
        <translation>Pasa usuarios de un plan a otro: se revocan los indicadores que solo tiene el plan antiguo, se conceden los que solo tiene el plan nuevo y los que están en ambos se extienden con la duración del plan nuevo.</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>These &amp;indicators:</source>
        <translation>Estos &amp;indicadores:</translation>
    </message>
    <message>
        <source>The indicators of a p&amp;lan:</source>
        <translation>Los indicadores de un p&amp;lan:</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Cuánto tiempo</translation>
    </message>
    <message>
        <source>Leave lifetime accesses as they &amp;are</source>
        <translation>Dejar los accesos de por vida tal como &amp;están</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>What the run gives or takes away, and for how long.</source>
        <translation>Qué da o quita la ejecución, y durante cuánto tiempo.</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>&amp;Conceder</translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation>E&amp;xtender</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revocar</translation>
    </message>
    <message>
        <source>Change &amp;plan</source>
        <translation>Cambiar de &amp;plan</translation>
    </message>
    <message>
        <source>&amp;From plan:</source>
        <translation>Plan de &amp;origen:</translation>
    </message>
    <message>
        <source>&amp;To plan:</source>
        <translation>Plan de &amp;destino:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>D&amp;uración:</translation>
    </message>
    <message>
        <source>C&amp;ustom:</source>
        <translation>Per&amp;sonalizada:</translation>
    </message>
    <message>
        <source>Until dat&amp;e:</source>
        <translation>Hasta una &amp;fecha:</translation>
    </message>
    <message>
        <source>e.g. 45D, 2W, 6M, 2Y</source>
        <translation>p. ej. 45D, 2W, 6M, 2Y</translation>
    </message>
    <message>
        <source>When ticked, users who hold an indicator for life keep it for life: no date is set and nothing is revoked for them.</source>
        <translation>Si está marcado, los usuarios que tienen un indicador de por vida lo conservan de por vida: no se les fija ninguna fecha ni se les revoca nada.</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (retirado)</translation>
    </message>
    <message>
        <source>%1 (in development)</source>
        <translation>%1 (en desarrollo)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n indicator(s))</source>
        <translation>
            <numerusform>%1 (%2, %n indicador)</numerusform>
            <numerusform>%1 (%2, %n indicadores)</numerusform>
        </translation>
    </message>
    <message>
        <source>No plans yet</source>
        <translation>Aún no hay planes</translation>
    </message>
    <message>
        <source>Choose a plan…</source>
        <translation>Elige un plan…</translation>
    </message>
    <message>
        <source>The new plan&apos;s duration applies: %1.</source>
        <translation>Se aplica la duración del nuevo plan: %1.</translation>
    </message>
    <message>
        <source>The new plan&apos;s duration applies.</source>
        <translation>Se aplica la duración del nuevo plan.</translation>
    </message>
    <message>
        <source>Lifetime accesses are kept.</source>
        <translation>Los accesos de por vida se conservan.</translation>
    </message>
    <message>
        <source>Lifetime accesses are revoked too.</source>
        <translation>Los accesos de por vida también se revocan.</translation>
    </message>
    <message>
        <source>Lifetime accesses stay lifetime.</source>
        <translation>Los accesos de por vida siguen siendo de por vida.</translation>
    </message>
    <message>
        <source>Lifetime accesses get the new end too.</source>
        <translation>Los accesos de por vida también pasan a tener el nuevo fin.</translation>
    </message>
    <message>
        <source>The catalog could not be read: %1</source>
        <translation>No se pudo leer el catálogo: %1</translation>
    </message>
</context>
<context>
    <name>pinedesk::BulkWhoPage</name>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Elegir &amp;archivo…</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>No se ha elegido ningún archivo.</translation>
    </message>
    <message>
        <source>The first line is a &amp;header</source>
        <translation>La primera línea es una &amp;cabecera</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>The TradingView users this run is for.</source>
        <translation>Los usuarios de TradingView a los que se aplica esta ejecución.</translation>
    </message>
    <message>
        <source>&amp;Paste usernames</source>
        <translation>&amp;Pegar nombres de usuario</translation>
    </message>
    <message>
        <source>CSV fi&amp;le</source>
        <translation>Arc&amp;hivo CSV</translation>
    </message>
    <message>
        <source>Saved seg&amp;ment</source>
        <translation>Seg&amp;mento guardado</translation>
    </message>
    <message>
        <source>Current selec&amp;tion</source>
        <translation>Selección ac&amp;tual</translation>
    </message>
    <message>
        <source>Paste usernames: one per line, or separated by commas, semicolons or spaces. @ prefixes and blank lines are fine, duplicates are merged.</source>
        <translation>Pega los nombres de usuario: uno por línea, o separados por comas, punto y coma o espacios. Se admiten prefijos @ y líneas en blanco; los duplicados se combinan.</translation>
    </message>
    <message>
        <source>&amp;Column with the usernames:</source>
        <translation>C&amp;olumna con los nombres de usuario:</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Se&amp;gmento:</translation>
    </message>
    <message>
        <source>Segments are saved on the Clients page. Clients without a TradingView username are left out.</source>
        <translation>Los segmentos se guardan en la página Clientes. Los clientes sin nombre de usuario de TradingView se excluyen.</translation>
    </message>
    <message>
        <source>No saved segments</source>
        <translation>No hay segmentos guardados</translation>
    </message>
    <message>
        <source>Choose a segment…</source>
        <translation>Elige un segmento…</translation>
    </message>
    <message>
        <source>selected clients</source>
        <translation>clientes seleccionados</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) selected (%1).</source>
        <translation>
            <numerusform>%n cliente seleccionado (%1).</numerusform>
            <numerusform>%n clientes seleccionados (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a CSV file with usernames</source>
        <translation>Elige un archivo CSV con nombres de usuario</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Columna %1: %2</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Not usernames: %1</source>
        <translation>No son nombres de usuario: %1</translation>
    </message>
    <message>
        <source>The saved segments could not be read: %1</source>
        <translation>No se pudieron leer los segmentos guardados: %1</translation>
    </message>
</context>
<context>
    <name>pinedesk::BulkWizard</name>
    <message>
        <source>Bulk changes</source>
        <translation>Cambios en lote</translation>
    </message>
    <message>
        <source>&amp;Queue changes</source>
        <translation>&amp;Poner en cola los cambios</translation>
    </message>
</context>
<context>
    <name>pinedesk::CalendarPage</name>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Expiry calendar</source>
        <translation>Calendario de vencimientos</translation>
    </message>
    <message>
        <source>Go back to today&apos;s date</source>
        <translation>Volver a la fecha de hoy</translation>
    </message>
    <message>
        <source>Arrow keys move between days; Page Up and Page Down change the month.</source>
        <translation>Las teclas de flecha pasan de un día a otro; Page Up y Page Down cambian el mes.</translation>
    </message>
    <message numerus="yes">
        <source>The number in a day is how many accesses end that day. Shaded days are within the next %n day(s): expiring soon.</source>
        <translation>
            <numerusform>El número de un día indica cuántos accesos terminan ese día. Los días sombreados están dentro del próximo %n día: vencen pronto.</numerusform>
            <numerusform>El número de un día indica cuántos accesos terminan ese día. Los días sombreados están dentro de los próximos %n días: vencen pronto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The calendar could not be loaded: %1</source>
        <translation>No se pudo cargar el calendario: %1</translation>
    </message>
    <message>
        <source>No access expires in %1.</source>
        <translation>Ningún acceso vence en %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln access(es) expire in %1.</source>
        <translation>
            <numerusform>%Ln acceso vence en %1.</numerusform>
            <numerusform>%Ln accesos vencen en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing expires on %1.</source>
        <translation>Nada vence el %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln access(es) expire on %1:</source>
        <translation>
            <numerusform>%Ln acceso vence el %1:</numerusform>
            <numerusform>%Ln accesos vencen el %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport to calendar app…</source>
        <translation>E&amp;xportar a la aplicación de calendario…</translation>
    </message>
    <message>
        <source>The accesses ending in the month shown and the 11 after it, as an iCalendar file (.ics) for Thunderbird, Google Calendar, Outlook or Apple Calendar: one event per day.</source>
        <translation>Los accesos que terminan en el mes mostrado y los 11 siguientes, como archivo iCalendar (.ics) para Thunderbird, Google Calendar, Outlook o Apple Calendar: un evento por día.</translation>
    </message>
    <message>
        <source>Export to calendar app</source>
        <translation>Exportar a la aplicación de calendario</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved %1: the accesses ending from %2 to %3. Import it into your calendar app; importing it again updates the same events.</source>
        <translation>Guardado %1: los accesos que terminan del %2 al %3. Impórtalo en tu aplicación de calendario; importarlo de nuevo actualiza los mismos eventos.</translation>
    </message>
</context>
<context>
    <name>pinedesk::CampaignDetail</name>
    <message>
        <source>Select a campaign to see when its members paid again.</source>
        <translation>Selecciona una campaña para ver cuándo volvieron a pagar sus miembros.</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Público:</translation>
    </message>
    <message>
        <source>Offer:</source>
        <translation>Oferta:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Miembros:</translation>
    </message>
    <message>
        <source>Paid again:</source>
        <translation>Volvieron a pagar:</translation>
    </message>
    <message>
        <source>Median time to pay:</source>
        <translation>Tiempo mediano hasta el pago:</translation>
    </message>
    <message>
        <source>Revenue after start:</source>
        <translation>Ingresos tras el inicio:</translation>
    </message>
    <message>
        <source>Days from the start to the first payment</source>
        <translation>Días desde el inicio hasta el primer pago</translation>
    </message>
    <message>
        <source>No campaign selected</source>
        <translation>Ninguna campaña seleccionada</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(no registrado)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1 (hace %n día)</numerusform>
            <numerusform>%1 (hace %n días)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n member(s) (%2)</source>
        <translation>
            <numerusform>%1 de %n miembro (%2)</numerusform>
            <numerusform>%1 de %n miembros (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payments within %n day(s) of the start are counted.</source>
        <translation>
            <numerusform>Se cuentan los pagos realizados en un plazo de %n día desde el inicio.</numerusform>
            <numerusform>Se cuentan los pagos realizados en un plazo de %n días desde el inicio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every payment after the start is counted.</source>
        <translation>Se cuenta cada pago posterior al inicio.</translation>
    </message>
    <message>
        <source>%1 % so far</source>
        <translation>%1 % hasta ahora</translation>
    </message>
</context>
<context>
    <name>pinedesk::CampaignTableModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n member(s) paid again after the campaign started.</source>
        <translation>
            <numerusform>Miembros que volvieron a pagar tras el inicio de la campaña: %1 de %n.</numerusform>
            <numerusform>Miembros que volvieron a pagar tras el inicio de la campaña: %1 de %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Half of those who paid again did so within this many days of the start.</source>
        <translation>La mitad de quienes volvieron a pagar lo hicieron en este número de días desde el inicio.</translation>
    </message>
    <message>
        <source>Payments by these members after the start, per currency.</source>
        <translation>Pagos de estos miembros tras el inicio, por moneda.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Paid again</source>
        <translation>Volvieron a pagar</translation>
    </message>
    <message>
        <source>Revenue after start</source>
        <translation>Ingresos tras el inicio</translation>
    </message>
    <message>
        <source>Share of the members who paid again after the start.</source>
        <translation>Proporción de los miembros que volvieron a pagar después del inicio.</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Mediana de días</translation>
    </message>
</context>
<context>
    <name>pinedesk::CampaignsPage</name>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Any time after the start</source>
        <translation>En cualquier momento tras el inicio</translation>
    </message>
    <message numerus="yes">
        <source>Within %n day(s) of the start</source>
        <translation>
            <numerusform>En un plazo de %n día desde el inicio</numerusform>
            <numerusform>En un plazo de %n días desde el inicio</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare old and recent campaigns over the same window.</source>
        <translation>Compara campañas antiguas y recientes con la misma ventana de tiempo.</translation>
    </message>
    <message>
        <source>&amp;Payments counted:</source>
        <translation>&amp;Pagos contabilizados:</translation>
    </message>
    <message>
        <source>Save the comparison of all campaigns as a CSV file</source>
        <translation>Guarda la comparación de todas las campañas como archivo CSV</translation>
    </message>
    <message>
        <source>The campaigns could not be loaded: %1</source>
        <translation>No se pudieron cargar las campañas: %1</translation>
    </message>
    <message>
        <source>No campaigns yet. Save a bulk run as a campaign (its segment, offer and date) to see here how many of its clients paid again.</source>
        <translation>Aún no hay campañas. Guarda una ejecución masiva como campaña (su segmento, oferta y fecha) para ver aquí cuántos de sus clientes volvieron a pagar.</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s): </source>
        <translation>
            <numerusform>%n campaña: </numerusform>
            <numerusform>%n campañas: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 members paid again (%3).</source>
        <translation>%1 de %2 miembros volvieron a pagar (%3).</translation>
    </message>
    <message>
        <source>Best rate: %1 (%2).</source>
        <translation>Mejor tasa: %1 (%2).</translation>
    </message>
    <message>
        <source>Fastest: %1 (median %2).</source>
        <translation>Más rápida: %1 (mediana %2).</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>Eliminar campaña</translation>
    </message>
    <message numerus="yes">
        <source>Delete the campaign &quot;%1&quot;? Its %n member(s) keep their accesses and payments; only the campaign and its figures go. This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar la campaña &quot;%1&quot;? Su %n miembro conserva sus accesos y pagos; solo se eliminan la campaña y sus cifras. Esto no se puede deshacer.</numerusform>
            <numerusform>¿Eliminar la campaña &quot;%1&quot;? Sus %n miembros conservan sus accesos y pagos; solo se eliminan la campaña y sus cifras. Esto no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Campaign not deleted</source>
        <translation>Campaña no eliminada</translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot; deleted.</source>
        <translation>Campaña &quot;%1&quot; eliminada.</translation>
    </message>
    <message>
        <source>Export campaign comparison</source>
        <translation>Exportar comparación de campañas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Comparison not exported</source>
        <translation>Comparación no exportada</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Comparison of %n campaign(s) written to %1.</source>
        <translation>
            <numerusform>Comparación de %n campaña guardada en %1.</numerusform>
            <numerusform>Comparación de %n campañas guardada en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinedesk::ChangePlanDialog</name>
    <message>
        <source>&amp;Queue changes</source>
        <translation>Poner cambios en &amp;cola</translation>
    </message>
    <message>
        <source>Change plan</source>
        <translation>Cambiar plan</translation>
    </message>
    <message numerus="yes">
        <source>Move %n client(s) to another plan. Indicators of the new plan are granted or extended by its duration, indicators only the old plan had are revoked.</source>
        <translation>
            <numerusform>Mueve %n cliente a otro plan. Los indicadores del nuevo plan se conceden o se extienden según su duración; los indicadores que solo tenía el plan anterior se revocan.</numerusform>
            <numerusform>Mueve %n clientes a otro plan. Los indicadores del nuevo plan se conceden o se extienden según su duración; los indicadores que solo tenía el plan anterior se revocan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a plan…</source>
        <translation>Elige un plan…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n indicator(s))</source>
        <translation>
            <numerusform>%1 (%2, %n indicador)</numerusform>
            <numerusform>%1 (%2, %n indicadores)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New plan:</source>
        <translation>&amp;Nuevo plan:</translation>
    </message>
    <message>
        <source>Choose the plan to see what changes for each client.</source>
        <translation>Elige el plan para ver qué cambia para cada cliente.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>From plan</source>
        <translation>Plan de origen</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Concesiones</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Extensiones</translation>
    </message>
    <message>
        <source>Revokes</source>
        <translation>Revocaciones</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>De por vida</translation>
    </message>
    <message>
        <source>Working out the changes…</source>
        <translation>Calculando los cambios…</translation>
    </message>
    <message>
        <source>The changes could not be worked out: %1</source>
        <translation>No se pudieron calcular los cambios: %1</translation>
    </message>
    <message>
        <source>Nothing would change: these clients already hold %1 as it stands.</source>
        <translation>No cambiaría nada: estos clientes ya tienen %1 tal como está.</translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s)</source>
        <translation>
            <numerusform>%n concesión</numerusform>
            <numerusform>%n concesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extension(s)</source>
        <translation>
            <numerusform>%n extensión</numerusform>
            <numerusform>%n extensiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revoke(s)</source>
        <translation>
            <numerusform>%n revocación</numerusform>
            <numerusform>%n revocaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving %n client(s) to %1 (%2): %3.</source>
        <translation>
            <numerusform>Se moverá %n cliente a %1 (%2): %3.</numerusform>
            <numerusform>Se moverán %n clientes a %1 (%2): %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these client(s) hold lifetime access.</source>
        <translation>
            <numerusform>%n de estos clientes tiene acceso de por vida.</numerusform>
            <numerusform>%n de estos clientes tienen acceso de por vida.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lifetime access(es) would be revoked: those clients lose access they were given for life.</source>
        <translation>
            <numerusform>Se revocaría %n acceso de por vida: esos clientes perderían un acceso que se les concedió de por vida.</numerusform>
            <numerusform>Se revocarían %n accesos de por vida: esos clientes perderían accesos que se les concedieron de por vida.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their lifetime accesses stay lifetime.</source>
        <translation>Sus accesos de por vida siguen siendo de por vida.</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>Sin plan</translation>
    </message>
    <message numerus="yes">
        <source>Loses %n</source>
        <translation>
            <numerusform>Pierde %n</numerusform>
            <numerusform>Pierde %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keeps %n</source>
        <translation>
            <numerusform>Conserva %n</numerusform>
            <numerusform>Conserva %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 clients are listed.</source>
        <translation>Se muestran los primeros %1 clientes.</translation>
    </message>
    <message>
        <source>The plans could not be read: %1</source>
        <translation>No se pudieron leer los planes: %1</translation>
    </message>
</context>
<context>
    <name>pinedesk::ChannelsPanel</name>
    <message>
        <source>Team channels</source>
        <translation>Canales del equipo</translation>
    </message>
    <message>
        <source>Send &amp;failed messages again</source>
        <translation>Reenviar los mensajes &amp;fallidos</translation>
    </message>
    <message>
        <source>Tell your team in Discord, Slack or Telegram when something happens. Addresses and tokens stay in the system keychain; messages wait in an outbox until the channel takes them.</source>
        <translation>Avisa a tu equipo en Discord, Slack o Telegram cuando pase algo. Las direcciones y los tokens se quedan en el llavero del sistema; los mensajes esperan en una bandeja de salida hasta que el canal los acepta.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tell them about&lt;/b&gt;</source>
        <translation>&lt;b&gt;Avisar de&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>Accessible name of a checkbox: &quot;New sales in Discord&quot;</extracomment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>-1001234567890 or @channel</source>
        <translation>-1001234567890 o @canal</translation>
    </message>
    <message>
        <source>The chat the Telegram bot writes to. Add the bot to the group, send it a message, then read the chat&apos;s id with getUpdates.</source>
        <translation>El chat en el que escribe el bot de Telegram. Añade el bot al grupo, envíale un mensaje y lee el id del chat con getUpdates.</translation>
    </message>
    <message>
        <source>Telegram &amp;chat:</source>
        <translation>&amp;Chat de Telegram:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2 de %1</translation>
    </message>
    <message>
        <source>Send a test</source>
        <translation>Enviar una prueba</translation>
    </message>
    <message>
        <source>Send a test to %1</source>
        <translation>Enviar una prueba a %1</translation>
    </message>
    <message>
        <source>Address or token:</source>
        <translation>Dirección o token:</translation>
    </message>
    <message>
        <source>Saved in the keychain</source>
        <translation>Guardado en el llavero</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>Token del bot</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL del webhook</translation>
    </message>
    <message>
        <source>Paste a new one to replace it.</source>
        <translation>Pega uno nuevo para sustituirlo.</translation>
    </message>
    <message>
        <source>The token @BotFather gave your bot.</source>
        <translation>El token que @BotFather dio a tu bot.</translation>
    </message>
    <message>
        <source>The channel&apos;s incoming webhook address (https://…).</source>
        <translation>La dirección del webhook entrante del canal (https://…).</translation>
    </message>
    <message>
        <source>paste the %1 %2</source>
        <translation>pega %2 de %1</translation>
    </message>
    <message>
        <source>enter the Telegram chat</source>
        <translation>indica el chat de Telegram</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Saved. To send, %1.</source>
        <translation>Guardado. Para enviar, %1.</translation>
    </message>
    <message>
        <source>, and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>The %1 %2 is in the system keychain.</source>
        <translation>Guardado en el llavero del sistema: %2 de %1.</translation>
    </message>
    <message>
        <source>Paste the %1 %2 first.</source>
        <translation>Primero pega %2 de %1.</translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation>Enviando un mensaje de prueba a %1…</translation>
    </message>
    <message>
        <source>PineDesk test message</source>
        <translation>Mensaje de prueba de PineDesk</translation>
    </message>
    <message>
        <source>If your team reads this, PineDesk can tell them about sales and problems here.</source>
        <translation>Si tu equipo lee esto, PineDesk puede avisarle aquí de ventas y problemas.</translation>
    </message>
    <message>
        <source>%1 took the test message.</source>
        <translation>%1 aceptó el mensaje de prueba.</translation>
    </message>
    <message>
        <source>The outbox cannot be read: %1</source>
        <translation>No se puede leer la bandeja de salida: %1</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n sent</source>
        <translation>
            <numerusform>Bandeja de salida: %n enviado</numerusform>
            <numerusform>Bandeja de salida: %n enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Último problema: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) go again now.</source>
        <translation>
            <numerusform>%n mensaje se envía de nuevo ahora.</numerusform>
            <numerusform>%n mensajes se envían de nuevo ahora.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinedesk::ClientFilterPanel</name>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Client since</source>
        <translation>Cliente desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>No payment for</source>
        <translation>Sin pagos desde hace</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Spent at least</source>
        <translation>Gastó al menos</translation>
    </message>
    <message>
        <source>Spent at most</source>
        <translation>Gastó como máximo</translation>
    </message>
    <message>
        <source>Only payments in this currency count.</source>
        <translation>Solo cuentan los pagos en esta moneda.</translation>
    </message>
    <message>
        <source>Active access to</source>
        <translation>Acceso activo a</translation>
    </message>
    <message>
        <source>Access expiring within</source>
        <translation>Acceso que vence en</translation>
    </message>
    <message>
        <source>Changes that failed on TradingView</source>
        <translation>Cambios que fallaron en TradingView</translation>
    </message>
</context>
<context>
    <name>pinedesk::ClientProfileDialog</name>
    <message>
        <source>Check on &amp;TradingView</source>
        <translation>Comprobar en &amp;TradingView</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. vip, discord</source>
        <translation>Separadas por comas, p. ej. vip, discord</translation>
    </message>
    <message>
        <source>TradingView &amp;username:</source>
        <translation>Nombre de &amp;usuario de TradingView:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Co&amp;rreo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>TradingView</source>
        <translation>TradingView</translation>
    </message>
    <message>
        <source>&amp;Grant…</source>
        <translation>&amp;Conceder…</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>E&amp;xtender…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>Re&amp;vocar…</translation>
    </message>
    <message>
        <source>Accesses</source>
        <translation>Accesos</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Needs a TradingView session (Settings).</source>
        <translation>Necesita una sesión de TradingView (Ajustes).</translation>
    </message>
    <message>
        <source>This client no longer exists.</source>
        <translation>Este cliente ya no existe.</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>De por vida</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Checking %1 on TradingView…</source>
        <translation>Comprobando %1 en TradingView…</translation>
    </message>
    <message>
        <source>TradingView has no user named %1.</source>
        <translation>TradingView no tiene ningún usuario llamado %1.</translation>
    </message>
    <message>
        <source>✓ %1 exists on TradingView.</source>
        <translation>✓ %1 existe en TradingView.</translation>
    </message>
    <message>
        <source>✓ Exists on TradingView as %1.</source>
        <translation>✓ Existe en TradingView como %1.</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>U&amp;sar %1</translation>
    </message>
    <message>
        <source>Give the client a TradingView username first (and save).</source>
        <translation>Primero asigna al cliente un nombre de usuario de TradingView (y guarda).</translation>
    </message>
    <message>
        <source>The client could not be read: %1</source>
        <translation>No se pudo leer el cliente: %1</translation>
    </message>
    <message>
        <source>No e-mails to this client</source>
        <translation>Sin correos a este cliente</translation>
    </message>
    <message>
        <source>Default (Settings)</source>
        <translation>Por defecto (Ajustes)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>E-mail &amp;language:</source>
        <translation>&amp;Idioma de los correos:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>The timeline could not be read: %1</source>
        <translation>No se pudo leer la cronología: %1</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>Exportar la cronología</translation>
    </message>
    <message>
        <source>timeline-%1.csv</source>
        <translation>cronologia-%1.csv</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The timeline is in %1.</source>
        <translation>La cronología está en %1.</translation>
    </message>
    <message>
        <source>Export &amp;timeline…</source>
        <translation>Exportar la &amp;cronología…</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;PDF files (*.pdf)</source>
        <translation>Archivos CSV (*.csv);;Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
</context>
<context>
    <name>pinedesk::ClientTableModel</name>
    <message>
        <source>No TradingView username yet</source>
        <translation>Aún sin nombre de usuario de TradingView</translation>
    </message>
    <message>
        <source>Never paid</source>
        <translation>Nunca ha pagado</translation>
    </message>
    <message>
        <source>TradingView user</source>
        <translation>Usuario de TradingView</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Client since</source>
        <translation>Cliente desde</translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation>Último pago</translation>
    </message>
    <message>
        <source>Active accesses</source>
        <translation>Accesos activos</translation>
    </message>
</context>
<context>
    <name>pinedesk::ClientsPage</name>
    <message>
        <source>Search name, e-mail or TradingView user…</source>
        <translation>Buscar nombre, correo o usuario de TradingView…</translation>
    </message>
    <message>
        <source>Saved segments</source>
        <translation>Segmentos guardados</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filtros</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Save as segment…</source>
        <translation>Guardar como segmento…</translation>
    </message>
    <message>
        <source>Delete this segment</source>
        <translation>Eliminar este segmento</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nuevo cliente…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Grant…</source>
        <translation>&amp;Conceder…</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>E&amp;xtender…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;vocar…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>E&amp;xport view…</source>
        <translation>Ex&amp;portar vista…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>The clients could not be read: %1</source>
        <translation>No se pudieron leer los clientes: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching client(s)</source>
        <translation>
            <numerusform>%Ln cliente coincidente</numerusform>
            <numerusform>%Ln clientes coincidentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a client first.</source>
        <translation>Primero selecciona un cliente.</translation>
    </message>
    <message>
        <source>Select the clients to delete first.</source>
        <translation>Primero selecciona los clientes que quieres eliminar.</translation>
    </message>
    <message>
        <source>Delete clients</source>
        <translation>Eliminar clientes</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) deleted.</source>
        <translation>
            <numerusform>%n cliente eliminado.</numerusform>
            <numerusform>%n clientes eliminados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select clients with a TradingView username first.</source>
        <translation>Primero selecciona clientes con nombre de usuario de TradingView.</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>Guardar segmento</translation>
    </message>
    <message>
        <source>Name of the segment:</source>
        <translation>Nombre del segmento:</translation>
    </message>
    <message>
        <source>Segment &quot;%1&quot; saved.</source>
        <translation>Segmento &quot;%1&quot; guardado.</translation>
    </message>
    <message>
        <source>Choose a saved segment first.</source>
        <translation>Primero elige un segmento guardado.</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Eliminar segmento</translation>
    </message>
    <message>
        <source>Delete the segment &quot;%1&quot;? Its clients are not touched.</source>
        <translation>¿Eliminar el segmento &quot;%1&quot;? Sus clientes no se modifican.</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>Importar clientes</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>An export is still running.</source>
        <translation>Todavía hay una exportación en curso.</translation>
    </message>
    <message>
        <source>Export clients</source>
        <translation>Exportar clientes</translation>
    </message>
    <message>
        <source>Exporting clients…</source>
        <translation>Exportando clientes…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) exported to %1.</source>
        <translation>
            <numerusform>%n cliente exportado a %1.</numerusform>
            <numerusform>%n clientes exportados a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Bulk…</source>
        <translation>En &amp;lote…</translation>
    </message>
    <message>
        <source>Select clients with a TradingView username first, or use File › Bulk changes… to paste a list.</source>
        <translation>Primero selecciona clientes con nombre de usuario de TradingView, o usa Archivo › Cambios en lote… para pegar una lista.</translation>
    </message>
    <message>
        <source>That selection is too large to hand over from the table. Save the filter as a segment and choose it in File › Bulk changes….</source>
        <translation>Esa selección es demasiado grande para pasarla desde la tabla. Guarda el filtro como segmento y elígelo en Archivo › Cambios en lote….</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n client(s) and their payments? Clients who ever held an access are kept, so their history stays; set them Inactive instead.</source>
        <translation>
            <numerusform>¿Eliminar %n cliente y sus pagos? Los clientes que alguna vez tuvieron un acceso se conservan, junto con su historial; márcalos como Inactivos en su lugar.</numerusform>
            <numerusform>¿Eliminar %n clientes y sus pagos? Los clientes que alguna vez tuvieron un acceso se conservan, junto con su historial; márcalos como Inactivos en su lugar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete at most %1 clients at a time; clients are rarely deleted (set them Inactive to keep their history).</source>
        <translation>Elimina como máximo %1 clientes a la vez; rara vez se eliminan clientes (márcalos como Inactivos para conservar su historial).</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n client(s)…</source>
        <translation>
            <numerusform>Eliminando %n cliente…</numerusform>
            <numerusform>Eliminando %n clientes…</numerusform>
        </translation>
    </message>
    <message>
        <source>The indicators could not be read: %1</source>
        <translation>No se pudieron leer los indicadores: %1</translation>
    </message>
    <message>
        <source>The saved segments could not be read: %1</source>
        <translation>No se pudieron leer los segmentos guardados: %1</translation>
    </message>
    <message numerus="yes">
        <source>Backing up, then deleting %n client(s)…</source>
        <translation>
            <numerusform>Copiando y después eliminando %n cliente…</numerusform>
            <numerusform>Copiando y después eliminando %n clientes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted: the backup taken first failed: %1</source>
        <translation>No se eliminó nada: falló la copia de seguridad previa: %1</translation>
    </message>
    <message>
        <source>Show &amp;all clients</source>
        <translation>Mostrar &amp;todos los clientes</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n client(s): %1. Save them as a segment, or select them for a bulk change.</source>
        <translation>
            <numerusform>Se muestra %n cliente: %1. Guárdelo como segmento o selecciónelo para un cambio masivo.</numerusform>
            <numerusform>Se muestran %n clientes: %1. Guárdelos como segmento o selecciónelos para un cambio masivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>chosen clients</source>
        <translation>clientes elegidos</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;PDF files, to print (*.pdf)</source>
        <translation>Archivos CSV (*.csv);;Archivos PDF, para imprimir (*.pdf)</translation>
    </message>
</context>
<context>
    <name>pinedesk::ConnectionSettings</name>
    <message>
        <source>TradingView connection</source>
        <translation>Conexión con TradingView</translation>
    </message>
    <message>
        <source>&amp;Sandbox: a built-in TradingView with demo data</source>
        <translation>&amp;Sandbox: un TradingView integrado con datos de demostración</translation>
    </message>
    <message>
        <source>&amp;Real TradingView account</source>
        <translation>Cuenta &amp;real de TradingView</translation>
    </message>
    <message>
        <source>Save to &amp;keychain</source>
        <translation>Guardar en el &amp;llavero</translation>
    </message>
    <message>
        <source>For&amp;get session</source>
        <translation>&amp;Olvidar sesión</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Switching takes effect after a restart. Each mode keeps its own database, so the sandbox never touches real data.</source>
        <translation>El cambio se aplica tras reiniciar. Cada modo tiene su propia base de datos, así que el sandbox nunca toca datos reales.</translation>
    </message>
    <message>
        <source>sessionid=…; sessionid_sign=…</source>
        <translation>sessionid=…; sessionid_sign=…</translation>
    </message>
    <message>
        <source>In the browser, signed in to tradingview.com, copy the value of the sessionid cookie (and sessionid_sign), or the whole Cookie header.</source>
        <translation>En el navegador, con la sesión iniciada en tradingview.com, copia el valor de la cookie sessionid (y sessionid_sign) o toda la cabecera Cookie.</translation>
    </message>
    <message>
        <source>Session &amp;cookie:</source>
        <translation>&amp;Cookie de sesión:</translation>
    </message>
    <message>
        <source>Ask TradingView whose session PineDesk is using</source>
        <translation>Preguntar a TradingView de quién es la sesión que usa PineDesk</translation>
    </message>
    <message>
        <source>There is no TradingView connection to test here.</source>
        <translation>Aquí no hay ninguna conexión con TradingView que probar.</translation>
    </message>
    <message>
        <source>In Sandbox mode PineDesk signs in to its sandbox by itself. Choose the real TradingView account to paste your session.</source>
        <translation>En modo Sandbox, PineDesk inicia sesión en su sandbox por sí mismo. Elige la cuenta real de TradingView para pegar tu sesión.</translation>
    </message>
    <message>
        <source>PINEDESK_TV_SESSION is set: it takes precedence over the keychain.</source>
        <translation>PINEDESK_TV_SESSION está definida: tiene prioridad sobre el llavero del sistema.</translation>
    </message>
    <message>
        <source>The cookie is kept only in the system keychain, never in PineDesk&apos;s files.</source>
        <translation>La cookie se guarda solo en el llavero del sistema, nunca en los archivos de PineDesk.</translation>
    </message>
    <message>
        <source>Saving to the system keychain…</source>
        <translation>Guardando en el llavero del sistema…</translation>
    </message>
    <message>
        <source>Saved in the system keychain.</source>
        <translation>Guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Forget session</source>
        <translation>Olvidar sesión</translation>
    </message>
    <message>
        <source>Remove the TradingView session from the system keychain? PineDesk cannot sync with TradingView until a new session is pasted.</source>
        <translation>¿Quitar la sesión de TradingView del llavero del sistema? PineDesk no podrá sincronizar con TradingView hasta que pegues una sesión nueva.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Olvidar</translation>
    </message>
    <message>
        <source>The session was removed from the system keychain.</source>
        <translation>La sesión se eliminó del llavero del sistema.</translation>
    </message>
    <message>
        <source>No session is saved yet: paste one above.</source>
        <translation>Aún no hay ninguna sesión guardada: pega una arriba.</translation>
    </message>
    <message>
        <source>Connection in use: %1</source>
        <translation>Conexión en uso: %1</translation>
    </message>
    <message>
        <source>No TradingView connection in this window.</source>
        <translation>No hay conexión con TradingView en esta ventana.</translation>
    </message>
</context>
<context>
    <name>pinedesk::ConnectionStatus</name>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation>SANDBOX</translation>
    </message>
    <message>
        <source>TradingView</source>
        <translation>TradingView</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n cambio pendiente</numerusform>
            <numerusform>%n cambios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>PineDesk talks to its built-in TradingView sandbox: nothing reaches the real TradingView. Start PineDesk with --real to use your account.</source>
        <translation>PineDesk habla con su sandbox de TradingView integrado: nada llega al TradingView real. Inicia PineDesk con --real para usar tu cuenta.</translation>
    </message>
    <message>
        <source>No TradingView session</source>
        <translation>Sin sesión de TradingView</translation>
    </message>
    <message>
        <source>Checking the session…</source>
        <translation>Comprobando la sesión…</translation>
    </message>
    <message>
        <source>Sandbox account %1</source>
        <translation>Cuenta de sandbox %1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <source>Session expired</source>
        <translation>Sesión vencida</translation>
    </message>
    <message>
        <source>TradingView offline</source>
        <translation>TradingView sin conexión</translation>
    </message>
    <message>
        <source>Applying %1 of %2 · %3/s</source>
        <translation>Aplicando %1 de %2 · %3/s</translation>
    </message>
    <message>
        <source>Applying %1 of %2</source>
        <translation>Aplicando %1 de %2</translation>
    </message>
</context>
<context>
    <name>pinedesk::DashboardPage</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Clients with access</source>
        <translation>Clientes con acceso</translation>
    </message>
    <message>
        <source>Active accesses</source>
        <translation>Accesos activos</translation>
    </message>
    <message numerus="yes">
        <source>Expiring in %n day(s)</source>
        <translation>
            <numerusform>Vencen en %n día</numerusform>
            <numerusform>Vencen en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Revenue, last 30 days</source>
        <translation>Ingresos, últimos 30 días</translation>
    </message>
    <message>
        <source>Changes waiting for TradingView</source>
        <translation>Cambios pendientes en TradingView</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Por vencer</translation>
    </message>
    <message>
        <source>TradingView user</source>
        <translation>Usuario de TradingView</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The overview could not be loaded: %1</source>
        <translation>No se pudo cargar el resumen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be applied on TradingView and need your attention.</source>
        <translation>
            <numerusform>%n cambio no se pudo aplicar en TradingView y requiere tu atención.</numerusform>
            <numerusform>%n cambios no se pudieron aplicar en TradingView y requieren tu atención.</numerusform>
        </translation>
    </message>
    <message>
        <source>No clients yet. Import them or add the first one to get started.</source>
        <translation>Aún no hay clientes. Impórtalos o añade el primero para empezar.</translation>
    </message>
    <message>
        <source>The trend could not be computed: %1</source>
        <translation>No se pudo calcular la tendencia: %1</translation>
    </message>
    <message>
        <source>New clients per month</source>
        <translation>Clientes nuevos por mes</translation>
    </message>
    <message>
        <source>Clients with access at each month&apos;s end</source>
        <translation>Clientes con acceso al final de cada mes</translation>
    </message>
    <message>
        <source>Revenue per month</source>
        <translation>Ingresos por mes</translation>
    </message>
    <message>
        <source>Revenue per month (%1)</source>
        <translation>Ingresos por mes (%1)</translation>
    </message>
</context>
<context>
    <name>pinedesk::EmailOutboxDialog</name>
    <message>
        <source>Send &amp;again</source>
        <translation>Enviar de &amp;nuevo</translation>
    </message>
    <message>
        <source>E-mail outbox</source>
        <translation>Bandeja de salida de correo</translation>
    </message>
    <message>
        <source>The e-mails to clients, newest first. One the server could not take is tried again later by itself; one not delivered can be sent again.</source>
        <translation>Los correos a los clientes, de los más recientes a los más antiguos. Uno que el servidor no pudo aceptar se vuelve a intentar más tarde por sí solo; uno no entregado se puede enviar de nuevo.</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>To be tried again</source>
        <translation>Se volverá a intentar</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>No entregado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation>No se pudo leer la bandeja de salida: %1</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Enviado el %1</translation>
    </message>
    <message>
        <source>Again at %1</source>
        <translation>De nuevo el %1</translation>
    </message>
    <message>
        <source>No e-mails yet. Reminders are e-mailed when you choose to e-mail clients and set the mail server.</source>
        <translation>Aún no hay correos. Los recordatorios se envían por correo cuando eliges enviar correo a los clientes y configuras el servidor de correo.</translation>
    </message>
    <message>
        <source>It goes again with the next reminder check (within the hour).</source>
        <translation>Se vuelve a enviar en la próxima comprobación de recordatorios (antes de una hora).</translation>
    </message>
</context>
<context>
    <name>pinedesk::EmailTemplatesDialog</name>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vista previa:</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>&amp;Restablecer el original</translation>
    </message>
    <message>
        <source>The template could not be read: %1</source>
        <translation>No se pudo leer la plantilla: %1</translation>
    </message>
    <message>
        <source>Signals monthly</source>
        <translation>Señales mensual</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>Tu negocio</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <source>The subject and the text cannot be empty.</source>
        <translation>El asunto y el texto no pueden estar vacíos.</translation>
    </message>
    <message>
        <source>Back to PineDesk&apos;s wording.</source>
        <translation>De vuelta al texto de PineDesk.</translation>
    </message>
    <message>
        <source>E-mails to clients</source>
        <translation>Correos a los clientes</translation>
    </message>
    <message>
        <source>What clients receive, in their language. These words are replaced: %1.</source>
        <translation>Lo que reciben los clientes, en su idioma. Se sustituyen estas palabras: %1.</translation>
    </message>
    <message>
        <source>Before access ends (reminder)</source>
        <translation>Antes de que termine el acceso (recordatorio)</translation>
    </message>
    <message>
        <source>Access is live on TradingView</source>
        <translation>El acceso ya está activo en TradingView</translation>
    </message>
    <message>
        <source>Access has ended</source>
        <translation>El acceso ha terminado</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>Saved. The next e-mails of this kind use it.</source>
        <translation>Guardado. Los próximos correos de este tipo lo usan.</translation>
    </message>
    <message>
        <source>Welcome (a new client&apos;s first access is live)</source>
        <translation>Bienvenida (el primer acceso de un cliente nuevo está activo)</translation>
    </message>
</context>
<context>
    <name>pinedesk::EventProcessor</name>
    <message>
        <source>Unknown provider.</source>
        <translation>Proveedor desconocido.</translation>
    </message>
    <message>
        <source>The event could not be read: %1</source>
        <translation>No se pudo leer el evento: %1</translation>
    </message>
    <message>
        <source>TradingView could not check the username yet: %1</source>
        <translation>TradingView aún no pudo comprobar el nombre de usuario: %1</translation>
    </message>
    <message>
        <source>TradingView has no user called &quot;%1&quot;. Fix the username, then apply the event again.</source>
        <translation>TradingView no tiene ningún usuario llamado &quot;%1&quot;. Corrige el nombre de usuario y después vuelve a aplicar el evento.</translation>
    </message>
    <message>
        <source>PineDesk could not apply the event: %1</source>
        <translation>PineDesk no pudo aplicar el evento: %1</translation>
    </message>
</context>
<context>
    <name>pinedesk::ExpiryCalendarModel</name>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>TradingView user</source>
        <translation>Usuario de TradingView</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
</context>
<context>
    <name>pinedesk::ImportClientsDialog</name>
    <message>
        <source>Import clients</source>
        <translation>Importar clientes</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Simulación</translation>
    </message>
    <message>
        <source>Check every line and count what would change, without saving.</source>
        <translation>Comprueba cada línea y cuenta lo que cambiaría, sin guardar.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %2, %3-separated, %n data line(s) previewed.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2, separado por %3, %n línea de datos en la vista previa.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2, separado por %3, %n líneas de datos en la vista previa.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(no se importa)</translation>
    </message>
    <message>
        <source>Import &amp;payments too</source>
        <translation>Importar también los &amp;pagos</translation>
    </message>
    <message>
        <source>Payments already imported (same source and reference) are not added again; failed or refunded ones are left out.</source>
        <translation>Los pagos ya importados (mismo origen y referencia) no se vuelven a añadir; los fallidos o reembolsados se omiten.</translation>
    </message>
    <message>
        <source>Choose the column with the TradingView username or the e-mail address: one of them is needed for every client.</source>
        <translation>Elige la columna con el nombre de usuario de TradingView o la dirección de correo electrónico: cada cliente necesita una de las dos.</translation>
    </message>
    <message numerus="yes">
        <source>Preview of the first lines: %n of them would be rejected (the reason is in the Result column). The other lines are imported.</source>
        <translation>
            <numerusform>Vista previa de las primeras líneas: %n de ellas se rechazaría (el motivo está en la columna Resultado). Las demás líneas se importan.</numerusform>
            <numerusform>Vista previa de las primeras líneas: %n de ellas se rechazarían (el motivo está en la columna Resultado). Las demás líneas se importan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview of the first lines as they will be imported.</source>
        <translation>Vista previa de las primeras líneas tal como se importarán.</translation>
    </message>
    <message>
        <source>Checking every line…</source>
        <translation>Comprobando cada línea…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Cancelling: nothing will be saved…</source>
        <translation>Cancelando: no se guardará nada…</translation>
    </message>
    <message numerus="yes">
        <source>%n new client(s)</source>
        <translation>
            <numerusform>%n cliente nuevo</numerusform>
            <numerusform>%n clientes nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizado</numerusform>
            <numerusform>%n actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new payment(s)</source>
        <translation>
            <numerusform>%n pago nuevo</numerusform>
            <numerusform>%n pagos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) already recorded</source>
        <translation>
            <numerusform>%n pago ya registrado</numerusform>
            <numerusform>%n pagos ya registrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed or refunded payment(s) left out</source>
        <translation>
            <numerusform>%n pago fallido o reembolsado omitido</numerusform>
            <numerusform>%n pagos fallidos o reembolsados omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) rejected</source>
        <translation>
            <numerusform>%n línea rechazada</numerusform>
            <numerusform>%n líneas rechazadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported; the database is as it was.</source>
        <translation>Cancelado. No se importó nada; la base de datos está como estaba.</translation>
    </message>
    <message>
        <source>Dry run finished; nothing was saved. Importing would give:</source>
        <translation>Simulación terminada; no se guardó nada. La importación daría:</translation>
    </message>
    <message>
        <source>Import finished:</source>
        <translation>Importación terminada:</translation>
    </message>
    <message>
        <source>&amp;Give access for new paid payments (the plan each product sells)</source>
        <translation>&amp;Dar acceso por los pagos nuevos cobrados (el plan que vende cada producto)</translation>
    </message>
    <message>
        <source>Each new paid payment gives its client the plan its product is mapped to (Settings › Payments and products) or the plan of that name: from the day paid, for the plan&apos;s duration plus the grace days. The latest payment wins, nothing is shortened, and periods already over give nothing. Needs the &quot;Product or plan&quot; column.</source>
        <translation>Cada pago nuevo cobrado da a su cliente el plan asociado a su producto (Ajustes › Pagos y productos) o el plan con ese nombre: desde el día del pago, durante la duración del plan más los días de gracia. Manda el pago más reciente, nada se acorta y los periodos ya terminados no dan nada. Necesita la columna &quot;Producto o plan&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n access change(s) queued for TradingView</source>
        <translation>
            <numerusform>%n cambio de acceso en cola para TradingView</numerusform>
            <numerusform>%n cambios de acceso en cola para TradingView</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paid payment(s) gave no access (no plan sells the product, or the client has no TradingView username)</source>
        <translation>
            <numerusform>%n pago cobrado no dio acceso (ningún plan vende el producto, o el cliente no tiene usuario de TradingView)</numerusform>
            <numerusform>%n pagos cobrados no dieron acceso (ningún plan vende el producto, o el cliente no tiene usuario de TradingView)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinedesk::ImportPreviewModel</name>
    <message>
        <source>Updates the client of line %1</source>
        <translation>Actualiza el cliente de la línea %1</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Unchanged (%1)</source>
        <translation>Sin cambios (%1)</translation>
    </message>
    <message>
        <source>Updates %1</source>
        <translation>Actualiza %1</translation>
    </message>
    <message>
        <source>A quoted value is never closed (a &quot; is missing).</source>
        <translation>Un valor entre comillas nunca se cierra (falta una &quot;).</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>Not paid (left out)</source>
        <translation>No pagado (omitido)</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rechazada: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>TradingView username</source>
        <translation>Nombre de usuario de TradingView</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
</context>
<context>
    <name>pinedesk::ImportReportView</name>
    <message>
        <source>&amp;Save error report…</source>
        <translation>&amp;Guardar informe de errores…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-rechazadas</translation>
    </message>
    <message>
        <source>Save error report</source>
        <translation>Guardar informe de errores</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>pinedesk::ImportScriptsDialog</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Add selected</source>
        <translation>Añadir &amp;seleccionados</translation>
    </message>
    <message>
        <source>Import from TradingView</source>
        <translation>Importar desde TradingView</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Pine ID</source>
        <translation>Pine ID</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>In catalog</source>
        <translation>En el catálogo</translation>
    </message>
    <message>
        <source>No TradingView session: add one in Settings, then import your scripts.</source>
        <translation>No hay sesión de TradingView: añade una en Ajustes y luego importa tus scripts.</translation>
    </message>
    <message>
        <source>Asking TradingView for your scripts…</source>
        <translation>Pidiendo tus scripts a TradingView…</translation>
    </message>
    <message>
        <source>TradingView did not list your scripts: %1</source>
        <translation>TradingView no devolvió la lista de tus scripts: %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Yes, as &quot;%1&quot;</source>
        <translation>Sí, como &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>This TradingView account has no scripts it can share.</source>
        <translation>Esta cuenta de TradingView no tiene scripts que pueda compartir.</translation>
    </message>
    <message numerus="yes">
        <source>All %n script(s) of your account are already in the catalog.</source>
        <translation>
            <numerusform>Tu cuenta tiene %n script y ya está en el catálogo.</numerusform>
            <numerusform>Los %n scripts de tu cuenta ya están en el catálogo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n script(s) are not in the catalog yet and are checked to be added.</source>
        <translation>
            <numerusform>%n script aún no está en el catálogo y está marcado para añadirse.</numerusform>
            <numerusform>%n scripts aún no están en el catálogo y están marcados para añadirse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was added. %1</source>
        <translation>No se añadió nada. %1</translation>
    </message>
    <message>
        <source>The catalog could not be read: %1</source>
        <translation>No se pudo leer el catálogo: %1</translation>
    </message>
</context>
<context>
    <name>pinedesk::IndicatorDialog</name>
    <message>
        <source>Check on &amp;TradingView</source>
        <translation>Comprobar en &amp;TradingView</translation>
    </message>
    <message>
        <source>&amp;Add version</source>
        <translation>&amp;Añadir versión</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Nuevo indicador</translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation>Editar indicador</translation>
    </message>
    <message>
        <source>PUB;0123456789abcdef0123456789abcdef</source>
        <translation>PUB;0123456789abcdef0123456789abcdef</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Pine ID:</source>
        <translation>&amp;Pine ID:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Version history</source>
        <translation>Historial de versiones</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>2.1</source>
        <translation>2.1</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué ha cambiado</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <source>&amp;Released:</source>
        <translation>&amp;Publicada:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>This indicator no longer exists.</source>
        <translation>Este indicador ya no existe.</translation>
    </message>
    <message>
        <source>The script id is well formed.</source>
        <translation>El id del script tiene un formato válido.</translation>
    </message>
    <message>
        <source>No TradingView session: add one in Settings to check whether this script is yours.</source>
        <translation>No hay sesión de TradingView: añade una en Ajustes para comprobar si este script es tuyo.</translation>
    </message>
    <message>
        <source>Checking on TradingView…</source>
        <translation>Comprobando en TradingView…</translation>
    </message>
    <message>
        <source>Could not check on TradingView: %1</source>
        <translation>No se pudo comprobar en TradingView: %1</translation>
    </message>
    <message>
        <source>Not among your scripts: this TradingView account cannot share it.</source>
        <translation>No está entre tus scripts: esta cuenta de TradingView no puede compartirlo.</translation>
    </message>
    <message>
        <source>Yours: %1</source>
        <translation>Tuyo: %1</translation>
    </message>
    <message>
        <source>Give the version a name, such as 2.1.</source>
        <translation>Ponle un nombre a la versión, por ejemplo 2.1.</translation>
    </message>
    <message>
        <source>Version %1 is already in this indicator&apos;s history.</source>
        <translation>La versión %1 ya está en el historial de este indicador.</translation>
    </message>
    <message>
        <source>Saved with the indicator</source>
        <translation>Se guarda con el indicador</translation>
    </message>
    <message>
        <source>The indicator could not be read: %1</source>
        <translation>No se pudo leer el indicador: %1</translation>
    </message>
    <message>
        <source>The indicator&apos;s versions could not be read: %1</source>
        <translation>No se pudieron leer las versiones del indicador: %1</translation>
    </message>
</context>
<context>
    <name>pinedesk::IndicatorTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Pine ID</source>
        <translation>Pine ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Latest version</source>
        <translation>Última versión</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Usuarios activos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
</context>
<context>
    <name>pinedesk::IndicatorsPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Retirar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>&amp;Import from TradingView…</source>
        <translation>&amp;Importar desde TradingView…</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Search by name or pine id (Ctrl+F)</source>
        <translation>Busca por nombre o pine id (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>Add an indicator to the catalog (Ctrl+N)</source>
        <translation>Añade un indicador al catálogo (Ctrl+N)</translation>
    </message>
    <message>
        <source>List your TradingView account&apos;s scripts and add the missing ones</source>
        <translation>Lista los scripts de tu cuenta de TradingView y añade los que faltan</translation>
    </message>
    <message>
        <source>The catalog could not be loaded: %1</source>
        <translation>No se pudo cargar el catálogo: %1</translation>
    </message>
    <message>
        <source>No indicators yet. Add one with New… or import your scripts with Import from TradingView…</source>
        <translation>Aún no hay indicadores. Añade uno con Nuevo… o importa tus scripts con Importar desde TradingView…</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>Reac&amp;tivar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; added to the catalog.</source>
        <translation>&quot;%1&quot; añadido al catálogo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; saved.</source>
        <translation>&quot;%1&quot; guardado.</translation>
    </message>
    <message>
        <source>Reactivate indicator</source>
        <translation>Reactivar indicador</translation>
    </message>
    <message>
        <source>Reactivate &quot;%1&quot;? It becomes Live and can be offered in plans again.</source>
        <translation>¿Reactivar &quot;%1&quot;? Vuelve a estar Activo y se puede ofrecer de nuevo en planes.</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivar</translation>
    </message>
    <message>
        <source>Retire indicator</source>
        <translation>Retirar indicador</translation>
    </message>
    <message>
        <source>Retire &quot;%1&quot;? Clients who hold it keep their access; it is no longer offered when you build plans.</source>
        <translation>¿Retirar &quot;%1&quot;? Los clientes que lo tienen conservan su acceso; ya no se ofrece al crear planes.</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Indicator not changed</source>
        <translation>Indicador sin cambios</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is live again.</source>
        <translation>&quot;%1&quot; vuelve a estar activo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; retired.</source>
        <translation>&quot;%1&quot; retirado.</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>Eliminar indicador</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; and its version history from the catalog? This cannot be undone.</source>
        <translation>¿Eliminar &quot;%1&quot; y su historial de versiones del catálogo? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Indicator not deleted</source>
        <translation>Indicador no eliminado</translation>
    </message>
    <message>
        <source>&quot;%1&quot; deleted.</source>
        <translation>&quot;%1&quot; eliminado.</translation>
    </message>
    <message numerus="yes">
        <source>%n script(s) added to the catalog.</source>
        <translation>
            <numerusform>%n script añadido al catálogo.</numerusform>
            <numerusform>%n scripts añadidos al catálogo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinedesk::KeychainSecret</name>
    <message>
        <source>No system keychain is available for %1; unlock one, or set %2.</source>
        <translation>No hay ningún llavero del sistema disponible para %1; desbloquea uno o define %2.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>El llavero falló: %1</translation>
    </message>
</context>
<context>
    <name>pinedesk::MainWindow</name>
    <message>
        <source>PineDesk</source>
        <translation>PineDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>PineDesk (Sandbox)</source>
        <translation>PineDesk (Sandbox)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Suscripciones</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message numerus="yes">
        <source>%n selected client(s)</source>
        <translation>
            <numerusform>%n cliente seleccionado</numerusform>
            <numerusform>%n clientes seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Bulk changes…</source>
        <translation>Cambios en &amp;lote…</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatización</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notificaciones</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Team database: %1 on %2, as %3 (%4)</source>
        <translation>Base de datos de equipo: %1 en %2, como %3 (%4)</translation>
    </message>
</context>
<context>
    <name>pinedesk::MemberDialog</name>
    <message>
        <source>Add a team member</source>
        <translation>Añadir un miembro al equipo</translation>
    </message>
    <message>
        <source>e.g. maria_support</source>
        <translation>p. ej. maria_soporte</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;amp;Usuario:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;amp;Nombre:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;amp;Rol:</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>Primera contraseña</translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation>Primera &amp;amp;contraseña:</translation>
    </message>
    <message>
        <source>Creates the login on the server with this password (the member changes it later). Leave it empty when the login exists already.</source>
        <translation>Crea el usuario en el servidor con esta contraseña (el miembro la cambia después). Déjala vacía si el usuario ya existe.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;amp;Añadir</translation>
    </message>
    <message>
        <source>A login is letters, digits and underscores, starting with a letter.</source>
        <translation>Un usuario son letras, cifras y guiones bajos, y empieza por una letra.</translation>
    </message>
</context>
<context>
    <name>pinedesk::NotificationButton</name>
    <message>
        <source>No notifications. PineDesk tells you here when accesses are about to end, changes fail on TradingView or payments need you.</source>
        <translation>No hay notificaciones. PineDesk te avisa aquí cuando hay accesos a punto de terminar, cambios que fallan en TradingView o pagos que te necesitan.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Mark all &amp;read</source>
        <translation>Marcar todas como &amp;leídas</translation>
    </message>
    <message>
        <source>The notifications could not be read: %1</source>
        <translation>No se pudieron leer las notificaciones: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n sin leer</numerusform>
            <numerusform>%n sin leer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n notificación sin leer</numerusform>
            <numerusform>%n notificaciones sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leída</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Sin leer</translation>
    </message>
</context>
<context>
    <name>pinedesk::PaymentDialog</name>
    <message>
        <source>&amp;Grant or extend the plan&apos;s access</source>
        <translation>Conceder o e&amp;xtender el acceso del plan</translation>
    </message>
    <message>
        <source>Edit payment</source>
        <translation>Editar pago</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Registrar pago</translation>
    </message>
    <message>
        <source>TradingView username</source>
        <translation>Nombre de usuario de TradingView</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>49.00</source>
        <translation>49.00</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Importe:</translation>
    </message>
    <message>
        <source>Paid &amp;on:</source>
        <translation>Pa&amp;gado el:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Transferencia bancaria</translation>
    </message>
    <message>
        <source>Crypto</source>
        <translation>Criptomonedas</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source>Transaction or invoice id (prevents recording it twice)</source>
        <translation>Id de transacción o de factura (evita registrarlo dos veces)</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>Sin plan</translation>
    </message>
    <message>
        <source>The plans could not be read: %1</source>
        <translation>No se pudieron leer los planes: %1</translation>
    </message>
    <message>
        <source>No client is called &quot;%1&quot;. Add the client first, or check the spelling.</source>
        <translation>No hay ningún cliente llamado &quot;%1&quot;. Añade primero el cliente o comprueba cómo se escribe.</translation>
    </message>
</context>
<context>
    <name>pinedesk::PaymentTableModel</name>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>%1 refunded</source>
        <translation>Reembolsado: %1</translation>
    </message>
</context>
<context>
    <name>pinedesk::PaymentsPage</name>
    <message>
        <source>&amp;Record payment…</source>
        <translation>&amp;Registrar pago…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Desde siempre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Cualquier origen</translation>
    </message>
    <message>
        <source>Client, e-mail or reference</source>
        <translation>Cliente, correo o referencia</translation>
    </message>
    <message>
        <source>Search payments</source>
        <translation>Buscar pagos</translation>
    </message>
    <message>
        <source>A payment received outside the stores: PayPal, crypto, a bank transfer</source>
        <translation>Un pago recibido fuera de las tiendas: PayPal, criptomonedas, una transferencia bancaria</translation>
    </message>
    <message>
        <source>Save the payments shown as a CSV file</source>
        <translation>Guarda los pagos mostrados como archivo CSV</translation>
    </message>
    <message>
        <source>Loading payments…</source>
        <translation>Cargando pagos…</translation>
    </message>
    <message>
        <source>The payments could not be read: %1</source>
        <translation>No se pudieron leer los pagos: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s); kept: %1</source>
        <translation>
            <numerusform>%n pago; importe neto: %1</numerusform>
            <numerusform>%n pagos; importe neto: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>No payments in this period. Record one received by hand, import a store&apos;s export (Clients › Import), or let &apos;pinedesk serve&apos; receive them from your store.</source>
        <translation>No hay pagos en este periodo. Registra uno recibido a mano, importa la exportación de una tienda (Clientes › Importar) o deja que &apos;pinedesk serve&apos; los reciba de tu tienda.</translation>
    </message>
    <message>
        <source>No payment matches these filters.</source>
        <translation>Ningún pago coincide con estos filtros.</translation>
    </message>
    <message>
        <source>Showing the newest %L1 payments; narrow the period to see older ones.</source>
        <translation>Se muestran los %L1 pagos más recientes; acota el periodo para ver los anteriores.</translation>
    </message>
    <message>
        <source>Payment recorded.</source>
        <translation>Pago registrado.</translation>
    </message>
    <message>
        <source>Export payments</source>
        <translation>Exportar pagos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) written to %1.</source>
        <translation>
            <numerusform>%n pago guardado en %1.</numerusform>
            <numerusform>%n pagos guardados en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinedesk::PlanDialog</name>
    <message>
        <source>Offered to clients (a&amp;ctive)</source>
        <translation>Ofrecido a los clientes (a&amp;ctivo)</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Nuevo plan</translation>
    </message>
    <message>
        <source>Edit plan</source>
        <translation>Editar plan</translation>
    </message>
    <message>
        <source>Custom number of days</source>
        <translation>Número de días personalizado</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>49.90</source>
        <translation>49.90</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Indicators:</source>
        <translation>&amp;Indicadores:</translation>
    </message>
    <message>
        <source>Default d&amp;uration:</source>
        <translation>D&amp;uración predeterminada:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Precio:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>This plan no longer exists.</source>
        <translation>Este plan ya no existe.</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (retirado)</translation>
    </message>
    <message>
        <source>Clients pay %1.</source>
        <translation>Los clientes pagan %1.</translation>
    </message>
    <message>
        <source>Enter the price, such as 49.90 (0 for a free plan).</source>
        <translation>Introduce el precio, por ejemplo 49.90 (0 para un plan gratuito).</translation>
    </message>
    <message>
        <source>The plan could not be read: %1</source>
        <translation>No se pudo leer el plan: %1</translation>
    </message>
    <message>
        <source>The indicators could not be read: %1</source>
        <translation>No se pudieron leer los indicadores: %1</translation>
    </message>
    <message>
        <source>Where a client renews this plan: the renewal link in the reminder e-mails. Empty: the one in Settings.</source>
        <translation>Dónde renueva un cliente este plan: el enlace de renovación de los correos de recordatorio. Vacío: el de Ajustes.</translation>
    </message>
    <message>
        <source>&amp;Renewal link:</source>
        <translation>Enlace de &amp;renovación:</translation>
    </message>
</context>
<context>
    <name>pinedesk::PlanTableModel</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Default duration</source>
        <translation>Duración predeterminada</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Active clients</source>
        <translation>Clientes activos</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>pinedesk::PlansPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>Desac&amp;tivar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>Create a plan (Ctrl+N)</source>
        <translation>Crea un plan (Ctrl+N)</translation>
    </message>
    <message>
        <source>The plans could not be loaded: %1</source>
        <translation>No se pudieron cargar los planes: %1</translation>
    </message>
    <message>
        <source>No plans yet. A plan bundles indicators with a default duration and a price; create one with New…</source>
        <translation>Aún no hay planes. Un plan agrupa indicadores con una duración predeterminada y un precio; crea uno con Nuevo…</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>Ac&amp;tivar</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; created.</source>
        <translation>Plan &quot;%1&quot; creado.</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; saved.</source>
        <translation>Plan &quot;%1&quot; guardado.</translation>
    </message>
    <message>
        <source>This plan no longer exists.</source>
        <translation>Este plan ya no existe.</translation>
    </message>
    <message>
        <source>Plan not changed</source>
        <translation>Plan sin cambios</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; is offered again.</source>
        <translation>El plan &quot;%1&quot; vuelve a ofrecerse.</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; is no longer offered; clients on it keep their access.</source>
        <translation>El plan &quot;%1&quot; ya no se ofrece; los clientes que lo tienen conservan su acceso.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) hold indicators through it; they keep their access, which is then no longer linked to a plan.</source>
        <translation>
            <numerusform>%n cliente tiene indicadores a través de él; conserva su acceso, que deja de estar vinculado a un plan.</numerusform>
            <numerusform>%n clientes tienen indicadores a través de él; conservan su acceso, que deja de estar vinculado a un plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>No client holds it now.</source>
        <translation>Ahora no lo tiene ningún cliente.</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Eliminar plan</translation>
    </message>
    <message>
        <source>Delete the plan &quot;%1&quot;? This cannot be undone.</source>
        <translation>¿Eliminar el plan &quot;%1&quot;? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Plan not deleted</source>
        <translation>Plan no eliminado</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; deleted.</source>
        <translation>Plan &quot;%1&quot; eliminado.</translation>
    </message>
    <message>
        <source>The plan could not be read: %1</source>
        <translation>No se pudo leer el plan: %1</translation>
    </message>
</context>
<context>
    <name>pinedesk::ProductsPanel</name>
    <message>
        <source>Payments and products</source>
        <translation>Pagos y productos</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Asociar</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Access runs this long past a paid period, so a renewal charged a little late never cuts the client off.</source>
        <translation>El acceso dura esto más allá de un periodo pagado, así que una renovación cobrada con algo de retraso nunca deja al cliente sin acceso.</translation>
    </message>
    <message>
        <source>&amp;Grace after a paid period:</source>
        <translation>&amp;Margen tras un periodo pagado:</translation>
    </message>
    <message>
        <source>Revoke access at once</source>
        <translation>Revocar el acceso en el acto</translation>
    </message>
    <message>
        <source>Keep access until the paid period ends</source>
        <translation>Mantener el acceso hasta que acabe el periodo pagado</translation>
    </message>
    <message>
        <source>On a refund or &amp;dispute:</source>
        <translation>Ante un reembolso o una &amp;disputa:</translation>
    </message>
    <message>
        <source>Which plan each product of your stores sells: a sale of a mapped product grants or extends that plan by itself.</source>
        <translation>Qué plan vende cada producto de tus tiendas: una venta de un producto asociado concede o extiende ese plan por sí sola.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Product id</source>
        <translation>Id del producto</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Product, price, variant or tier id</source>
        <translation>Id del producto, precio, variante o nivel</translation>
    </message>
    <message>
        <source>The plans could not be read: %1</source>
        <translation>No se pudieron leer los planes: %1</translation>
    </message>
    <message>
        <source>Create a plan first (Plans page): products are mapped to plans.</source>
        <translation>Crea primero un plan (página Planes): los productos se asocian a planes.</translation>
    </message>
    <message>
        <source>The products could not be read: %1</source>
        <translation>No se pudieron leer los productos: %1</translation>
    </message>
    <message>
        <source>Enter the product id as the store shows it.</source>
        <translation>Introduce el id del producto tal como lo muestra la tienda.</translation>
    </message>
    <message>
        <source>%1 product %2 now sells %3.</source>
        <translation>El producto %2 de %1 ahora vende %3.</translation>
    </message>
    <message>
        <source>%1 is no longer mapped.</source>
        <translation>%1 ya no está asociado.</translation>
    </message>
</context>
<context>
    <name>pinedesk::Reconciler</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Reconciliation fixes</source>
        <translation>Correcciones de la conciliación</translation>
    </message>
    <message>
        <source>This reconciliation could not read PineDesk&apos;s own data, so its differences are incomplete; no fix was queued. Reconcile again.</source>
        <translation>Esta conciliación no pudo leer los datos de PineDesk, así que sus diferencias están incompletas; no se puso ninguna corrección en cola. Vuelve a conciliar.</translation>
    </message>
</context>
<context>
    <name>pinedesk::ReconciliationPanel</name>
    <message>
        <source>Reconciliation</source>
        <translation>Conciliación</translation>
    </message>
    <message>
        <source>Reconcile n&amp;ow</source>
        <translation>Conciliar &amp;ahora</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>&amp;Queue these fixes</source>
        <translation>&amp;Poner en cola estas correcciones</translation>
    </message>
    <message>
        <source>List every script&apos;s users on TradingView and compare them with what PineDesk intends. Nothing is changed.</source>
        <translation>Lista los usuarios de cada script en TradingView y los compara con lo que PineDesk prevé. No se cambia nada.</translation>
    </message>
    <message>
        <source>Leave them alone</source>
        <translation>Dejarlos como están</translation>
    </message>
    <message>
        <source>Record them as clients</source>
        <translation>Registrarlos como clientes</translation>
    </message>
    <message>
        <source>Remove their access</source>
        <translation>Quitarles el acceso</translation>
    </message>
    <message>
        <source>What to do with people who hold access on TradingView but are not clients in PineDesk</source>
        <translation>Qué hacer con las personas que tienen acceso en TradingView pero no son clientes en PineDesk</translation>
    </message>
    <message>
        <source>&amp;Users who are not clients:</source>
        <translation>&amp;Usuarios que no son clientes:</translation>
    </message>
    <message>
        <source>Queue the changes that make TradingView match PineDesk</source>
        <translation>Pone en cola los cambios que hacen que TradingView coincida con PineDesk</translation>
    </message>
    <message>
        <source>The fixes could not be queued: %1</source>
        <translation>No se pudieron poner en cola las correcciones: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n fix(es) queued in the batch &quot;Reconciliation fixes&quot;.</source>
        <translation>
            <numerusform>%n corrección puesta en cola en el lote &quot;Correcciones de conciliación&quot;.</numerusform>
            <numerusform>%n correcciones puestas en cola en el lote &quot;Correcciones de conciliación&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to queue: the differences left concern users who are not clients, and they are left alone.</source>
        <translation>Nada que poner en cola: las diferencias restantes afectan a usuarios que no son clientes, y estos se dejan como están.</translation>
    </message>
    <message>
        <source>TradingView has not been compared with PineDesk yet. Reconcile to see whether every client holds exactly what PineDesk intends.</source>
        <translation>Aún no se ha comparado TradingView con PineDesk. Concilia para ver si cada cliente tiene exactamente lo que PineDesk prevé.</translation>
    </message>
    <message numerus="yes">
        <source>Last checked %1: %n script(s), </source>
        <translation>
            <numerusform>Última comprobación %1: %n script, </numerusform>
            <numerusform>Última comprobación %1: %n scripts, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s) on TradingView, </source>
        <translation>
            <numerusform>%n concesión en TradingView, </numerusform>
            <numerusform>%n concesiones en TradingView, </numerusform>
        </translation>
    </message>
    <message>
        <source>no difference.</source>
        <translation>ninguna diferencia.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s).</source>
        <translation>
            <numerusform>%n diferencia.</numerusform>
            <numerusform>%n diferencias.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n script(s) could not be checked:</source>
        <translation>
            <numerusform>No se pudo comprobar %n script:</numerusform>
            <numerusform>No se pudieron comprobar %n scripts:</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs a connection to TradingView.</source>
        <translation>Necesita una conexión con TradingView.</translation>
    </message>
    <message>
        <source>Listing the scripts&apos; users on TradingView…</source>
        <translation>Listando los usuarios de los scripts en TradingView…</translation>
    </message>
    <message numerus="yes">
        <source>Checked %1 of %n script(s)…</source>
        <translation>
            <numerusform>Comprobados: %1 de %n script…</numerusform>
            <numerusform>Comprobados: %1 de %n scripts…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconciliation stopped; nothing was saved.</source>
        <translation>Conciliación detenida; no se guardó nada.</translation>
    </message>
    <message>
        <source>Some scripts could not be checked (see above); the differences shown are for the others.</source>
        <translation>Algunos scripts no se pudieron comprobar (ver arriba); las diferencias mostradas corresponden a los demás.</translation>
    </message>
    <message>
        <source>TradingView matches PineDesk.</source>
        <translation>TradingView coincide con PineDesk.</translation>
    </message>
    <message>
        <source>Review the differences, then queue the fixes if they are what you want.</source>
        <translation>Revisa las diferencias y, si son lo que quieres, pon en cola las correcciones.</translation>
    </message>
    <message>
        <source>Stopping after the current script…</source>
        <translation>Deteniendo tras el script actual…</translation>
    </message>
    <message>
        <source>Remove access</source>
        <translation>Quitar acceso</translation>
    </message>
    <message numerus="yes">
        <source>Remove the access of %n user(s) who are not clients? They lose the scripts on TradingView when the queue runs.</source>
        <translation>
            <numerusform>¿Quitar el acceso a %n usuario que no es cliente? Perderá los scripts en TradingView cuando se ejecute la cola.</numerusform>
            <numerusform>¿Quitar el acceso a %n usuarios que no son clientes? Perderán los scripts en TradingView cuando se ejecute la cola.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queueing the fixes…</source>
        <translation>Poniendo en cola las correcciones…</translation>
    </message>
    <message>
        <source>This report is from an earlier session: reconcile again before queueing fixes.</source>
        <translation>Este informe es de una sesión anterior: vuelve a conciliar antes de poner correcciones en cola.</translation>
    </message>
</context>
<context>
    <name>pinedesk::RemindersPanel</name>
    <message>
        <source>Reminders and e-mail</source>
        <translation>Recordatorios y correo</translation>
    </message>
    <message>
        <source>&amp;E-mail clients before their access ends</source>
        <translation>&amp;Enviar correo a los clientes antes de que termine su acceso</translation>
    </message>
    <message>
        <source>Send &amp;test e-mail</source>
        <translation>Enviar correo de &amp;prueba</translation>
    </message>
    <message>
        <source>Show &amp;desktop notifications</source>
        <translation>Mostrar notificaciones de &amp;escritorio</translation>
    </message>
    <message>
        <source>&amp;Keep PineDesk in the tray when the window is closed</source>
        <translation>&amp;Mantener PineDesk en la bandeja al cerrar la ventana</translation>
    </message>
    <message>
        <source>&amp;Quiet hours, from</source>
        <translation>Horas de &amp;silencio, de</translation>
    </message>
    <message>
        <source>Days before the last day of an access, separated by commas. Each access is announced once for each.</source>
        <translation>Días antes del último día de un acceso, separados por comas. Cada acceso se anuncia una vez por cada uno.</translation>
    </message>
    <message>
        <source>&amp;Remind, days before the end:</source>
        <translation>&amp;Recordar, días antes del final:</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>&amp;Language of clients who have none:</source>
        <translation>&amp;Idioma de los clientes que no tienen uno:</translation>
    </message>
    <message>
        <source>Your business name, which signs the e-mails</source>
        <translation>El nombre de tu negocio, que firma los correos</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>Re&amp;newal link:</source>
        <translation>Enlace de re&amp;novación:</translation>
    </message>
    <message>
        <source>Edit e-mail &amp;templates…</source>
        <translation>Editar las &amp;plantillas de correo…</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Servidor de correo</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Seguridad de la conexión</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>None (a local relay only)</source>
        <translation>Ninguna (solo un relé local)</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Kept only in the system keychain</source>
        <translation>Se guarda solo en el llavero del sistema</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>&amp;Dirección del remitente:</translation>
    </message>
    <message>
        <source>From &amp;name:</source>
        <translation>&amp;Nombre del remitente:</translation>
    </message>
    <message>
        <source> a minute</source>
        <translation> por minuto</translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation>Como &amp;máximo:</translation>
    </message>
    <message>
        <source>Address for the test</source>
        <translation>Dirección para la prueba</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Escritorio</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Inicio de las horas de silencio</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fin de las horas de silencio</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Saved. Set the mail server below so the e-mails can go out.</source>
        <translation>Guardado. Configura el servidor de correo más abajo para que salgan los correos.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Mail server saved.</source>
        <translation>Servidor de correo guardado.</translation>
    </message>
    <message>
        <source>The password is in the system keychain.</source>
        <translation>La contraseña está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Enter the address to send the test to.</source>
        <translation>Indica la dirección a la que enviar la prueba.</translation>
    </message>
    <message>
        <source>Sending a test e-mail to %1…</source>
        <translation>Enviando un correo de prueba a %1…</translation>
    </message>
    <message>
        <source>The test e-mail was accepted by the server for %1.</source>
        <translation>El servidor aceptó el correo de prueba para %1.</translation>
    </message>
    <message>
        <source>E-mail &amp;outbox…</source>
        <translation>&amp;Bandeja de salida…</translation>
    </message>
</context>
<context>
    <name>pinedesk::ReportsPage</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) written.</source>
        <translation>
            <numerusform>%Ln fila escrita.</numerusform>
            <numerusform>%Ln filas escritas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Business report (PDF)</source>
        <translation>Informe de negocio (PDF)</translation>
    </message>
    <message>
        <source>Expiry agenda (PDF)</source>
        <translation>Agenda de vencimientos (PDF)</translation>
    </message>
    <message>
        <source>Client list (PDF)</source>
        <translation>Lista de clientes (PDF)</translation>
    </message>
    <message>
        <source>The business figures of the months from the first to the last date: every figure with its change against the months before and its definition, the charts, the months, the cohorts, the indicators and plans and the revenue at risk.</source>
        <translation>Las cifras del negocio de los meses entre la primera y la última fecha: cada cifra con su cambio respecto a los meses anteriores y su definición, los gráficos, los meses, las cohortes, los indicadores y planes y los ingresos en riesgo.</translation>
    </message>
    <message>
        <source>Every access that ends between the two dates, day by day, with the client, the indicator and where the sync stands.</source>
        <translation>Cada acceso que termina entre las dos fechas, día a día, con el cliente, el indicador y el estado de la sincronización.</translation>
    </message>
    <message>
        <source>Every client with the e-mail, status, since when, the last payment and the active accesses. (The Clients page prints the clients of a search or a segment.)</source>
        <translation>Cada cliente con el correo, el estado, desde cuándo, el último pago y los accesos activos. (La página Clientes imprime los clientes de una búsqueda o de un segmento.)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>business-report-%1-to-%2.pdf</source>
        <translation>informe-de-negocio-%1-a-%2.pdf</translation>
    </message>
    <message>
        <source>clients.pdf</source>
        <translation>clientes.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written.</source>
        <translation>
            <numerusform>%n página escrita.</numerusform>
            <numerusform>%n páginas escritas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (CSV)</source>
        <translation>%1 (CSV)</translation>
    </message>
</context>
<context>
    <name>pinedesk::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Changes are saved as you make them.</source>
        <translation>Los cambios se guardan a medida que los haces.</translation>
    </message>
    <message>
        <source>Sync pacing</source>
        <translation>Ritmo de sincronización</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Minimum spacing:</source>
        <translation>&amp;Separación mínima:</translation>
    </message>
    <message>
        <source>Calls &amp;in flight at most:</source>
        <translation>Máximo de llamadas en &amp;curso:</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>&amp;Restaurar valores predeterminados</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Visualización</translation>
    </message>
    <message>
        <source>&amp;Expiring soon means within (days):</source>
        <translation>&amp;Vence pronto si faltan como máximo (días):</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The language changes after a restart.</source>
        <translation>El idioma cambia tras reiniciar.</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Ca&amp;mbiar…</translation>
    </message>
    <message>
        <source>Use an &amp;existing database file…</source>
        <translation>Usar un archivo de base de datos e&amp;xistente…</translation>
    </message>
    <message>
        <source>Start a &amp;new database file…</source>
        <translation>Crear un archivo de base de datos &amp;nuevo…</translation>
    </message>
    <message>
        <source>Use the &amp;default location</source>
        <translation>Usar la ubicación &amp;predeterminada</translation>
    </message>
    <message>
        <source>Data&amp;base file:</source>
        <translation>Archivo de &amp;base de datos:</translation>
    </message>
    <message>
        <source>The file of the mode chosen above. A new file applies after a restart.</source>
        <translation>El archivo del modo elegido arriba. Un archivo nuevo se aplica tras reiniciar.</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Ele&amp;gir…</translation>
    </message>
    <message>
        <source>B&amp;ackup folder:</source>
        <translation>Carpeta de copi&amp;as de seguridad:</translation>
    </message>
    <message>
        <source>PineDesk database (*.sqlite *.db);;All files (*)</source>
        <translation>Base de datos de PineDesk (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Use an existing database</source>
        <translation>Usar una base de datos existente</translation>
    </message>
    <message>
        <source>New database file</source>
        <translation>Nuevo archivo de base de datos</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>En uso ahora: %1</translation>
    </message>
    <message>
        <source>the TradingView connection</source>
        <translation>la conexión con TradingView</translation>
    </message>
    <message>
        <source>the language</source>
        <translation>el idioma</translation>
    </message>
    <message>
        <source>the database file</source>
        <translation>el archivo de base de datos</translation>
    </message>
    <message>
        <source>Saved. PineDesk uses the new setting after a restart: %1.</source>
        <translation>Guardado. PineDesk usará el nuevo ajuste tras reiniciar: %1.</translation>
    </message>
    <message>
        <source>the sync pacing</source>
        <translation>el ritmo de sincronización</translation>
    </message>
    <message>
        <source>PineDesk finds how fast TradingView accepts grants and changes, and keeps its pace between these two limits. The defaults are safe for the real server.</source>
        <translation>PineDesk averigua a qué ritmo acepta TradingView concesiones y cambios, y mantiene su ritmo entre estos dos límites. Los valores predeterminados son seguros para el servidor real.</translation>
    </message>
    <message>
        <source>&amp;Writes per second, at most:</source>
        <translation>&amp;Escrituras por segundo, como máximo:</translation>
    </message>
    <message>
        <source>Writes per second, at &amp;least:</source>
        <translation>Escrituras por segundo, como &amp;mínimo:</translation>
    </message>
    <message>
        <source>Connect to a &amp;team database…</source>
        <translation>Conectar a una base de datos de &amp;equipo…</translation>
    </message>
</context>
<context>
    <name>pinedesk::SmtpPassword</name>
    <message>
        <source>the mail server&apos;s password</source>
        <translation>la contraseña del servidor de correo</translation>
    </message>
</context>
<context>
    <name>pinedesk::SubscriptionsPage</name>
    <message>
        <source>Subscriptions</source>
        <translation>Suscripciones</translation>
    </message>
    <message>
        <source>Search a username, client name or indicator (Ctrl+F)</source>
        <translation>Busca un nombre de usuario, un nombre de cliente o un indicador (Ctrl+F)</translation>
    </message>
    <message>
        <source>The subscriptions could not be read: %1</source>
        <translation>No se pudieron leer las suscripciones: %1</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>&amp;Extend</source>
        <translation>&amp;Extender</translation>
    </message>
    <message>
        <source>&amp;Lifetime…</source>
        <translation>De por &amp;vida…</translation>
    </message>
    <message>
        <source>By %1 (%2)</source>
        <translation>%1 más (%2)</translation>
    </message>
    <message>
        <source>&amp;Until date…</source>
        <translation>&amp;Hasta una fecha…</translation>
    </message>
    <message>
        <source>Extend the selected accesses from their end, or from today when they have ended (Ctrl+E: 30 days)</source>
        <translation>Extiende los accesos seleccionados desde su fin, o desde hoy si ya han terminado (Ctrl+E: 30 días)</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revocar…</translation>
    </message>
    <message>
        <source>Revoke the selected accesses (Delete)</source>
        <translation>Revoca los accesos seleccionados (Supr)</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Change &amp;plan…</source>
        <translation>Cambiar de &amp;plan…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln access(es)</source>
        <translation>
            <numerusform>%Ln acceso</numerusform>
            <numerusform>%Ln accesos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 selected</source>
        <translation>%1, %2 seleccionados</translation>
    </message>
    <message>
        <source>Select the accesses first: click a row, Ctrl+click or Shift+click add more.</source>
        <translation>Primero selecciona los accesos: haz clic en una fila; con Ctrl+clic o Mayús+clic añades más.</translation>
    </message>
    <message numerus="yes">
        <source>Reading the %n selected access(es)…</source>
        <translation>
            <numerusform>Leyendo %n acceso seleccionado…</numerusform>
            <numerusform>Leyendo los %n accesos seleccionados…</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected accesses could not be read: %1</source>
        <translation>No se pudieron leer los accesos seleccionados: %1</translation>
    </message>
    <message>
        <source>The selected accesses no longer exist.</source>
        <translation>Los accesos seleccionados ya no existen.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>No se cambió nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) queued for TradingView.</source>
        <translation>
            <numerusform>%n cambio puesto en cola para TradingView.</numerusform>
            <numerusform>%n cambios puestos en cola para TradingView.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>No hay nada que cambiar.</translation>
    </message>
    <message numerus="yes">
        <source>%n lifetime access(es) stay lifetime; use Until date… to end them.</source>
        <translation>
            <numerusform>%n acceso de por vida sigue siendo de por vida; usa Hasta una fecha… para terminarlo.</numerusform>
            <numerusform>%n accesos de por vida siguen siendo de por vida; usa Hasta una fecha… para terminarlos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already as asked.</source>
        <translation>
            <numerusform>%n ya estaba como se pidió.</numerusform>
            <numerusform>%n ya estaban como se pidió.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lifetime access</source>
        <translation>Acceso de por vida</translation>
    </message>
    <message numerus="yes">
        <source>Give lifetime access for the %n selected access(es)? They will never expire.</source>
        <translation>
            <numerusform>¿Dar acceso de por vida a %n acceso seleccionado? Nunca vencerá.</numerusform>
            <numerusform>¿Dar acceso de por vida a los %n accesos seleccionados? Nunca vencerán.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give lifetime access</source>
        <translation>Dar acceso de por vida</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Queuing %n extension(s)…</source>
        <translation>
            <numerusform>Poniendo en cola %n extensión…</numerusform>
            <numerusform>Poniendo en cola %n extensiones…</numerusform>
        </translation>
    </message>
    <message>
        <source>End lifetime access?</source>
        <translation>¿Terminar el acceso de por vida?</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected accesses are lifetime. Setting a date ends them on %1: those clients lose the access they were given for life.</source>
        <translation>
            <numerusform>%n de los accesos seleccionados es de por vida. Fijar una fecha lo termina el %1: ese cliente pierde el acceso que se le dio de por vida.</numerusform>
            <numerusform>%n de los accesos seleccionados son de por vida. Fijar una fecha los termina el %1: esos clientes pierden el acceso que se les dio de por vida.</numerusform>
        </translation>
    </message>
    <message>
        <source>End lifetime access</source>
        <translation>Terminar el acceso de por vida</translation>
    </message>
    <message>
        <source>Nothing was changed: lifetime accesses stay lifetime.</source>
        <translation>No se cambió nada: los accesos de por vida siguen siendo de por vida.</translation>
    </message>
    <message numerus="yes">
        <source>Queuing %n change(s)…</source>
        <translation>
            <numerusform>Poniendo en cola %n cambio…</numerusform>
            <numerusform>Poniendo en cola %n cambios…</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke access</source>
        <translation>Revocar acceso</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n access(es)? TradingView removes them at the next sync; the history is kept and you can grant them again later.</source>
        <translation>
            <numerusform>¿Revocar %n acceso? TradingView lo retirará en la próxima sincronización; el historial se conserva y podrás concederlo de nuevo más adelante.</numerusform>
            <numerusform>¿Revocar %n accesos? TradingView los retirará en la próxima sincronización; el historial se conserva y podrás concederlos de nuevo más adelante.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was revoked.</source>
        <translation>No se revocó nada.</translation>
    </message>
    <message numerus="yes">
        <source>Queuing %n revoke(s)…</source>
        <translation>
            <numerusform>Poniendo en cola %n revocación…</numerusform>
            <numerusform>Poniendo en cola %n revocaciones…</numerusform>
        </translation>
    </message>
    <message>
        <source>Queuing the change to %1…</source>
        <translation>Poniendo en cola el cambio a %1…</translation>
    </message>
    <message>
        <source>The plan was not changed.</source>
        <translation>El plan no se cambió.</translation>
    </message>
</context>
<context>
    <name>pinedesk::SyncBatchModel</name>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message numerus="yes">
        <source>Finished, %n failed</source>
        <translation>
            <numerusform>Terminado, %n fallido</numerusform>
            <numerusform>Terminado, %n fallidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message numerus="yes">
        <source>%n being sent now</source>
        <translation>
            <numerusform>%n se está enviando ahora</numerusform>
            <numerusform>%n se están enviando ahora</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hechos</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Batch %1, queued by %2 on %3</source>
        <translation>Lote %1, puesto en cola por %2 el %3</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>pinedesk::SyncEngine</name>
    <message numerus="yes">
        <source>Gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>Se abandonó tras %n intento: %1</numerusform>
            <numerusform>Se abandonó tras %n intentos: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before this change was sent.</source>
        <translation>Se detuvo antes de enviar este cambio.</translation>
    </message>
</context>
<context>
    <name>pinedesk::SyncPage</name>
    <message>
        <source>&amp;Pause all</source>
        <translation>&amp;Pausar todo</translation>
    </message>
    <message>
        <source>Sync with TradingView</source>
        <translation>Sincronización con TradingView</translation>
    </message>
    <message>
        <source>The TradingView session expired. Syncing is paused and nothing is lost; paste a fresh session cookie to go on.</source>
        <translation>La sesión de TradingView caducó. La sincronización está en pausa y no se pierde nada; pega una cookie de sesión nueva para continuar.</translation>
    </message>
    <message>
        <source>Paste &amp;new session…</source>
        <translation>Pegar sesión &amp;nueva…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>&amp;Reintentar fallidos</translation>
    </message>
    <message>
        <source>&amp;Cancel selected</source>
        <translation>&amp;Cancelar seleccionados</translation>
    </message>
    <message>
        <source>&amp;Resume all</source>
        <translation>&amp;Reanudar todo</translation>
    </message>
    <message numerus="yes">
        <source>%n failed change(s) queued again.</source>
        <translation>
            <numerusform>%n cambio fallido vuelve a estar en cola.</numerusform>
            <numerusform>%n cambios fallidos vuelven a estar en cola.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) cancelled. What PineDesk intends is unchanged, so these clients now differ from TradingView until you change them again.</source>
        <translation>
            <numerusform>%n cambio cancelado. Lo que PineDesk prevé no cambia, así que este cliente difiere ahora de TradingView hasta que lo cambies de nuevo.</numerusform>
            <numerusform>%n cambios cancelados. Lo que PineDesk prevé no cambia, así que estos clientes difieren ahora de TradingView hasta que los cambies de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the waiting changes to cancel.</source>
        <translation>Selecciona los cambios pendientes que quieras cancelar.</translation>
    </message>
    <message>
        <source>How fast changes are sent to TradingView (Settings, Sync pacing)</source>
        <translation>Con qué rapidez se envían los cambios a TradingView (Ajustes, Ritmo de sincronización)</translation>
    </message>
    <message>
        <source>Queues the selected failed changes again, or all of them when none is selected.</source>
        <translation>Vuelve a poner en cola los cambios fallidos seleccionados, o todos si no hay ninguno seleccionado.</translation>
    </message>
    <message>
        <source>another PineDesk window</source>
        <translation>otra ventana de PineDesk</translation>
    </message>
    <message>
        <source>the automation server (pinedesk serve)</source>
        <translation>el servidor de automatización (pinedesk serve)</translation>
    </message>
    <message>
        <source>a &apos;pinedesk sync&apos; command</source>
        <translation>un comando «pinedesk sync»</translation>
    </message>
    <message>
        <source>The queue is being applied by %1 (process %2 on %3, since %4). Changes you make here are queued and it applies them; this window takes over when it stops.</source>
        <translation>La cola la está aplicando %1 (proceso %2 en %3, desde %4). Los cambios que hagas aquí se ponen en cola y él los aplica; esta ventana toma el relevo cuando se detenga.</translation>
    </message>
    <message numerus="yes">
        <source>Pace found: %1 changes a second, up to %n at once (between %2 and %3)</source>
        <translation>
            <numerusform>Ritmo encontrado: %1 cambios por segundo, hasta %n a la vez (entre %2 y %3)</numerusform>
            <numerusform>Ritmo encontrado: %1 cambios por segundo, hasta %n a la vez (entre %2 y %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pacing: adapts between %1 and %2 changes a second, up to %n at once</source>
        <translation>
            <numerusform>Ritmo: se adapta entre %1 y %2 cambios por segundo, hasta %n a la vez</numerusform>
            <numerusform>Ritmo: se adapta entre %1 y %2 cambios por segundo, hasta %n a la vez</numerusform>
        </translation>
    </message>
    <message>
        <source>another PineDesk</source>
        <translation>otro PineDesk</translation>
    </message>
</context>
<context>
    <name>pinedesk::SyncQueueModel</name>
    <message>
        <source>Waiting</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Reintentando</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>TradingView user</source>
        <translation>Usuario de TradingView</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Próximo intento</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>pinedesk::TeamChannelSecret</name>
    <message>
        <source>the %1 %2</source>
        <translation>%2 de %1</translation>
    </message>
</context>
<context>
    <name>pinedesk::TeamDatabaseDialog</name>
    <message>
        <source>Connect to a team database</source>
        <translation>Conectar a una base de datos de equipo</translation>
    </message>
    <message>
        <source>A team shares one PostgreSQL database. Ask whoever runs it for the server, an empty database and your user. The password is kept in the system keychain.</source>
        <translation>Un equipo comparte una base de datos PostgreSQL. Pida a quien la administra el servidor, una base de datos vacía y su usuario. La contraseña se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Kept in the keychain</source>
        <translation>Se guarda en el llavero</translation>
    </message>
    <message>
        <source>Use TLS when the server offers it</source>
        <translation>Usar TLS cuando el servidor lo ofrezca</translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation>Exigir TLS</translation>
    </message>
    <message>
        <source>Require TLS and check the server&apos;s certificate</source>
        <translation>Exigir TLS y comprobar el certificado del servidor</translation>
    </message>
    <message>
        <source>Never use TLS (a trusted network only)</source>
        <translation>No usar nunca TLS (solo en una red de confianza)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>C&amp;ifrado:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>C&amp;onectar</translation>
    </message>
    <message>
        <source>Give the server&apos;s name or address.</source>
        <translation>Indique el nombre o la dirección del servidor.</translation>
    </message>
    <message>
        <source>Give the database&apos;s name.</source>
        <translation>Indique el nombre de la base de datos.</translation>
    </message>
    <message>
        <source>Give your user name on the server.</source>
        <translation>Indique su nombre de usuario en el servidor.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Saving the password in the keychain…</source>
        <translation>Guardando la contraseña en el llavero…</translation>
    </message>
</context>
<context>
    <name>pinedesk::TeamDatabasePassword</name>
    <message>
        <source>the team database&apos;s password</source>
        <translation>la contraseña de la base de datos de equipo</translation>
    </message>
    <message>
        <source>The keychain did not answer.</source>
        <translation>El llavero no respondió.</translation>
    </message>
</context>
<context>
    <name>pinedesk::TeamPanel</name>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;amp;Añadir miembro…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Cambiar &amp;amp;rol…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;amp;Desactivar</translation>
    </message>
    <message>
        <source>This database file has one user: you, with every right. A team shares a team database, where each member has a login and a role (Storage › Change… › Connect to a team database…).</source>
        <translation>Este archivo de base de datos tiene un solo usuario: tú, con todos los permisos. Un equipo comparte una base de datos de equipo, donde cada miembro tiene un usuario y un rol (Almacenamiento › Cambiar… › Conectar a una base de datos de equipo…).</translation>
    </message>
    <message>
        <source>You work as %1 (%2): %3</source>
        <translation>Trabajas como %1 (%2): %3</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Miembros del equipo</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Added by %1</source>
        <translation>Añadido por %1</translation>
    </message>
    <message>
        <source>The team could not be read: %1</source>
        <translation>No se pudo leer el equipo: %1</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;amp;Activar</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Cambiar el rol</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>Rol de %1:</translation>
    </message>
</context>
<context>
    <name>pinedesk::TrayNotifier</name>
    <message>
        <source>PineDesk</source>
        <translation>PineDesk</translation>
    </message>
    <message>
        <source>&amp;Show PineDesk</source>
        <translation>&amp;Mostrar PineDesk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (y %n más)</numerusform>
            <numerusform>%1 (y %n más)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinedesk::TvConnection</name>
    <message>
        <source>No TradingView session</source>
        <translation>No hay sesión de TradingView</translation>
    </message>
    <message>
        <source>Checking the TradingView session…</source>
        <translation>Comprobando la sesión de TradingView…</translation>
    </message>
    <message>
        <source>Sandbox account %1</source>
        <translation>Cuenta Sandbox %1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <source>TradingView session expired</source>
        <translation>La sesión de TradingView ha caducado</translation>
    </message>
    <message>
        <source>TradingView unreachable: %1</source>
        <translation>No se puede conectar con TradingView: %1</translation>
    </message>
</context>
<context>
    <name>pinedesk::UntilDateDialog</name>
    <message>
        <source>Extend until a date</source>
        <translation>Extender hasta una fecha</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected access(es) will end on this day.</source>
        <translation>
            <numerusform>%n acceso seleccionado terminará este día.</numerusform>
            <numerusform>Los %n accesos seleccionados terminarán este día.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Termina el:</translation>
    </message>
    <message>
        <source>Access lasts until the end of that day (UTC). Lifetime accesses become dated: you will be asked to confirm.</source>
        <translation>El acceso dura hasta el final de ese día (UTC). Los accesos de por vida pasan a tener fecha: se te pedirá confirmación.</translation>
    </message>
    <message>
        <source>&amp;Set date</source>
        <translation>&amp;Fijar fecha</translation>
    </message>
</context>
<context>
    <name>pinedesk::UsernameCheck</name>
    <message>
        <source>There is no connection to TradingView.</source>
        <translation>No hay conexión con TradingView.</translation>
    </message>
</context>
<context>
    <name>pinedesk::WebhookEventModel</name>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>TradingView user</source>
        <translation>Usuario de TradingView</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>pinedesk::WebhookHost</name>
    <message>
        <source>Not receiving webhooks.</source>
        <translation>No se reciben webhooks.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address and port, such as 127.0.0.1:8787.</source>
        <translation>&quot;%1&quot; no es una dirección y un puerto, como 127.0.0.1:8787.</translation>
    </message>
    <message>
        <source>Reading the webhook secrets…</source>
        <translation>Leyendo los secretos de los webhooks…</translation>
    </message>
    <message numerus="yes">
        <source>Receiving webhooks on http://%1:%2 (%n provider(s) with a secret).</source>
        <translation>
            <numerusform>Recibiendo webhooks en http://%1:%2 (%n proveedor con secreto).</numerusform>
            <numerusform>Recibiendo webhooks en http://%1:%2 (%n proveedores con secreto).</numerusform>
        </translation>
    </message>
</context>
</TS>
