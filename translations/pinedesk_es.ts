<?xml version='1.0' encoding='utf-8'?>
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
    <name>CliSession</name>
    <message>
        <source>No TradingView session is stored. Run 'pinedesk session set' and paste the sessionid cookie, or set PINEDESK_TV_SESSION.</source>
        <translation>No hay ninguna sesión de TradingView guardada. Ejecuta 'pinedesk session set' y pega la cookie sessionid, o define PINEDESK_TV_SESSION.</translation>
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
        <source>A client with the TradingView username "%1" already exists.</source>
        <translation>Ya existe un cliente con el usuario de TradingView «%1».</translation>
    </message>
    <message>
        <source>The client no longer exists; it may have been deleted.</source>
        <translation>El cliente ya no existe; puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>Another client already has the TradingView username "%1".</source>
        <translation>Otro cliente ya tiene el usuario de TradingView «%1».</translation>
    </message>
    <message>
        <source>%1 still has accesses to indicators. Revoke them before deleting the client.</source>
        <translation>%1 todavía tiene accesos a indicadores. Revócalos antes de eliminar el cliente.</translation>
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
        <source>"%1" is not a duration.</source>
        <translation>«%1» no es una duración.</translation>
    </message>
    <message>
        <source>A duration must be at least 1.</source>
        <translation>Una duración debe ser al menos 1.</translation>
    </message>
    <message>
        <source>"%1" is longer than 100 years; use L for lifetime.</source>
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
        <source>"%1" is not an e-mail address (expected something like name@example.com).</source>
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
</context>
<context>
    <name>GlobalOptions</name>
    <message>
        <source>--db needs a file path.</source>
        <translation>--db necesita la ruta de un archivo.</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>Orden desconocida «%1».</translation>
    </message>
    <message>
        <source>Unknown option "%1".</source>
        <translation>Opción desconocida «%1».</translation>
    </message>
    <message>
        <source>--base-url needs a URL.</source>
        <translation>--base-url necesita una URL.</translation>
    </message>
    <message>
        <source>"%1" is not a web address; use something like http://127.0.0.1:8080 or https://www.tradingview.com.</source>
        <translation>«%1» no es una dirección web; usa algo como http://127.0.0.1:8080 o https://www.tradingview.com.</translation>
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
        <source>The script %1 is already in the catalog as "%2".</source>
        <translation>El script %1 ya está en el catálogo como «%2».</translation>
    </message>
    <message>
        <source>The indicator no longer exists.</source>
        <translation>El indicador ya no existe.</translation>
    </message>
    <message>
        <source>"%1" is used by accesses or plans; retire it instead of deleting it.</source>
        <translation>«%1» se usa en accesos o planes; retíralo en lugar de eliminarlo.</translation>
    </message>
    <message>
        <source>The version needs a name, such as 2.1.</source>
        <translation>La versión necesita un nombre, como 2.1.</translation>
    </message>
    <message>
        <source>Version %1 is already in this indicator's history.</source>
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
        <source>Change access and queue it for TradingView; 'pinedesk sync' applies it.</source>
        <translation>Cambia el acceso y lo pone en cola para TradingView; 'pinedesk sync' lo aplica.</translation>
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
        <source>Batch %1: %2 change(s) queued, %3 already as asked, %4 new client(s), %5 new indicator(s). Run 'pinedesk sync' to apply them on TradingView.</source>
        <translation>Lote %1: %2 cambio(s) en cola, %3 ya como se pedía, %4 cliente(s) nuevo(s), %5 indicador(es) nuevo(s). Ejecuta 'pinedesk sync' para aplicarlos en TradingView.</translation>
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
</context>
<context>
    <name>Money</name>
    <message>
        <source>"%1" is not a currency code; use three letters such as USD or EUR.</source>
        <translation>«%1» no es un código de moneda; usa tres letras como USD o EUR.</translation>
    </message>
    <message>
        <source>"%1" is not an amount; write it like 49.90.</source>
        <translation>«%1» no es un importe; escríbelo como 49.90.</translation>
    </message>
    <message>
        <source>"%1" has more decimals than %2 allows.</source>
        <translation>«%1» tiene más decimales de los que admite %2.</translation>
    </message>
    <message>
        <source>"%1" is too large.</source>
        <translation>«%1» es demasiado grande.</translation>
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
</context>
<context>
    <name>PineIdValidator</name>
    <message>
        <source>A script id looks like PUB; followed by 32 letters or digits (copy it from the script's page on TradingView).</source>
        <translation>Un id de script tiene la forma PUB; seguido de 32 letras o dígitos (cópialo de la página del script en TradingView).</translation>
    </message>
    <message>
        <source>The script id is empty.</source>
        <translation>El id del script está vacío.</translation>
    </message>
    <message>
        <source>"%1" is an unpublished script; publish it as invite-only before sharing it.</source>
        <translation>«%1» es un script sin publicar; publícalo como solo por invitación antes de compartirlo.</translation>
    </message>
    <message>
        <source>"%1" is not a script id.</source>
        <translation>«%1» no es un id de script.</translation>
    </message>
    <message>
        <source>"%1" has %2 characters after PUB; but needs %3.</source>
        <translation>«%1» tiene %2 caracteres tras PUB; pero necesita %3.</translation>
    </message>
    <message>
        <source>"%1" contains "%2"; after PUB; only letters and digits are allowed.</source>
        <translation>«%1» contiene «%2»; tras PUB; solo se admiten letras y dígitos.</translation>
    </message>
</context>
<context>
    <name>PlanStore</name>
    <message>
        <source>The plan needs a name.</source>
        <translation>El plan necesita un nombre.</translation>
    </message>
    <message>
        <source>A plan's price cannot be negative.</source>
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
        <source>A plan named "%1" already exists.</source>
        <translation>Ya existe un plan llamado «%1».</translation>
    </message>
    <message>
        <source>The plan no longer exists.</source>
        <translation>El plan ya no existe.</translation>
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
        <source>%n waiting change(s) cancelled. What PineDesk intends is unchanged, so these clients now differ from TradingView; 'pinedesk reconcile' lists them.</source>
        <translation>
            <numerusform>%n cambio pendiente cancelado. Lo que PineDesk prevé no cambia, así que estos clientes ahora difieren de TradingView; 'pinedesk reconcile' los muestra.</numerusform>
            <numerusform>%n cambios pendientes cancelados. Lo que PineDesk prevé no cambia, así que estos clientes ahora difieren de TradingView; 'pinedesk reconcile' los muestra.</numerusform>
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
        <source>Compare TradingView's access lists with PineDesk.</source>
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
        <source>Batch %1: %2 fix(es) queued (%3 adopted). Run 'pinedesk sync' to apply them.</source>
        <translation>Lote %1: %2 corrección(es) en cola (%3 adoptada(s)). Ejecuta 'pinedesk sync' para aplicarlas.</translation>
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
        <source>The account's username.</source>
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
        <source>The sandbox's saved state %1 cannot be read: %2</source>
        <translation>No se puede leer el estado guardado del sandbox %1: %2</translation>
    </message>
    <message>
        <source>The sandbox cannot listen on the loopback interface: %1</source>
        <translation>El sandbox no puede escuchar en la interfaz local: %1</translation>
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
        <source>The TradingView session expired; the remaining changes stay queued. Run 'pinedesk session set' with a fresh cookie and sync again.</source>
        <translation>La sesión de TradingView caducó; los cambios restantes siguen en cola. Ejecuta 'pinedesk session set' con una cookie nueva y sincroniza de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be applied; see 'pinedesk queue'.</source>
        <translation>
            <numerusform>%n cambio no se pudo aplicar; consulta 'pinedesk queue'.</numerusform>
            <numerusform>%n cambios no se pudieron aplicar; consulta 'pinedesk queue'.</numerusform>
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
        <source>TradingView has no user named "%1".</source>
        <translation>TradingView no tiene ningún usuario llamado «%1».</translation>
    </message>
    <message>
        <source>"%1" exists on TradingView as %2</source>
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
        <source>Removed %1's access.</source>
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
        <source>The TradingView user "%1" does not exist. Check the spelling with the client.</source>
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
        <source>No sessionid found. Copy the value of the "sessionid" cookie of tradingview.com from the browser (and "sessionid_sign" if there is one).</source>
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
        <source>The TradingView username "%1" contains a space; usernames are one word.</source>
        <translation>El usuario de TradingView «%1» contiene un espacio; los usuarios son una sola palabra.</translation>
    </message>
    <message>
        <source>The TradingView username "%1" contains "%2"; only English letters, digits, underscore (_) and hyphen (-) are allowed.</source>
        <translation>El usuario de TradingView «%1» contiene «%2»; solo se admiten letras inglesas, dígitos, guion bajo (_) y guion (-).</translation>
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
Commands such as 'pinedesk demo-data' work without a display.
</source>
        <translation>PineDesk necesita una pantalla gráfica y no se encontró ninguna (DISPLAY y WAYLAND_DISPLAY no están definidas).
En una máquina sin pantalla, ejecútalo en una pantalla virtual:
  xvfb-run -a pinedesk
Las órdenes como 'pinedesk demo-data' funcionan sin pantalla.
</translation>
    </message>
    <message>
        <source>Usage: pinedesk [--db PATH] [--base-url URL] [COMMAND [OPTIONS]]

Without a command PineDesk opens its window.

Global options:
  --db PATH        use this database file instead of the default one
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

Environment:
  PINEDESK_TV_SESSION  a session cookie that takes precedence over the keychain

Run 'pinedesk COMMAND --help' for a command's options.
</source>
        <translation>Uso: pinedesk [--db PATH] [--base-url URL] [COMMAND [OPTIONS]]

Sin una orden, PineDesk abre su ventana.

Opciones globales:
  --db PATH        usa este archivo de base de datos en lugar del predeterminado
  --base-url URL   habla con esta dirección de TradingView (o del sandbox)
  --sandbox        abre con el sandbox de TradingView integrado y datos de demostración
  --real           abre con el TradingView real (la sesión viene del llavero)
  --help           muestra esta ayuda
  --version        muestra la versión

Órdenes (no necesitan pantalla):
  demo-data        escribe una base de datos nueva con datos de demostración realistas
  sandbox serve    ejecuta el sandbox de TradingView en 127.0.0.1
  tv ...           una llamada de acceso a TradingView (check, validate, list, add,
                   modify, remove, scripts)
  session ...      la sesión de TradingView en el llavero (set, check, clear)
  grant ...        concede acceso: --users FILE|u1,u2 --indicator PINE
                   (--duration 30D | --until AAAA-MM-DD | --lifetime)
  extend ...       extiende el acceso (mismas opciones)
  revoke ...       revoca el acceso: --users ... --indicator PINE
  sync             aplica en TradingView los cambios en cola [--until-idle]
  queue            la cola por estado y los cambios fallidos [--json]
  reconcile        compara TradingView con PineDesk [--json] [--fix]

Entorno:
  PINEDESK_TV_SESSION  una cookie de sesión que tiene prioridad sobre el llavero

Ejecuta 'pinedesk COMMAND --help' para ver las opciones de una orden.
</translation>
    </message>
    <message>
        <source>No TradingView session yet: run 'pinedesk session set' and paste the cookie.</source>
        <translation>Aún no hay sesión de TradingView: ejecuta 'pinedesk session set' y pega la cookie.</translation>
    </message>
    <message>
        <source>TradingView session</source>
        <translation>Sesión de TradingView</translation>
    </message>
    <message>
        <source>Paste the value of the sessionid cookie of tradingview.com (or the whole Cookie header):</source>
        <translation>Pega el valor de la cookie sessionid de tradingview.com (o la cabecera Cookie completa):</translation>
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
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronización</translation>
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
</TS>