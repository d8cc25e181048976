#pragma once

#include <QByteArray>

// Realistic heads of the exports vendors bring (column names as each service writes them), for
// the import tests.
namespace pinedesk::test::ImportSamples {

inline const QByteArray stripeCustomers =
    "id,Description,Email,Name,Created (UTC),Card ID,Delinquent,Currency,"
    "tradingview_username (metadata)\n"
    "cus_P1,Met on Discord,ana@example.com,Ana Ruiz,2024-05-02 13:45,card_1,false,usd,AnaTrader\n"
    "cus_P2,,bo@example.com,Bo Lee,2024-06-10 08:00,,false,usd,\n";

inline const QByteArray stripePayments =
    "id,Created date (UTC),Amount,Amount Refunded,Currency,Captured,Status,Customer ID,"
    "Customer Email,tv_username (metadata)\n"
    "py_1,2026-03-01 10:00,49.00,0.00,usd,true,Paid,cus_1,ana@example.com,AnaTrader\n"
    "py_2,2026-03-02 11:30,\"1,299.00\",0.00,eur,true,Paid,cus_2,carl@example.com,carl_fx\n"
    "py_3,2026-03-03 09:00,49.00,0.00,usd,false,Failed,cus_3,dee@example.com,dee\n";

inline const QByteArray gumroad =
    "Purchase ID,Item Name,Buyer Name,Purchase Email,Buyer Email,Do not contact?,Purchase Date,"
    "Purchase Time (UTC timezone),Subtotal ($),Sale Price ($),Fees ($),Net Total ($),Fully "
    "Refunded?,Custom Fields,TradingView username\n"
    "abc123==,Gold Indicator,Ana Ruiz,ana@example.com,,0,2026-02-01,2026-02-01 10:00:00 UTC,99.0,"
    "99.0,10.4,88.6,0,\"{\"\"TradingView username\"\"=>\"\"@AnaTrader\"\"}\",@AnaTrader\n"
    "def456==,Gold Indicator,Bo Lee,bo@example.com,,0,2026-02-02,11:00:00,99.0,"
    "99.0,10.4,88.6,0,{},https://www.tradingview.com/u/BoLee/\n"
    "Totals,,,,,,,,198.0,198.0,20.8,177.2,,,\n";

inline const QByteArray whop =
    "ID,Name,Email,Username,Product,Plan,Status,Total Spend,Created At,"
    "What is your TradingView username?\n"
    "mem_1,Ana Ruiz,ana@example.com,ana_whop,Signals Pro,Monthly,renewing,$120.00,"
    "2025-12-01T10:00:00Z,AnaTrader\n"
    "mem_2,Cy Moss,cy@example.com,cy_whop,Signals Pro,Monthly,canceled,$40.00,"
    "2025-11-01T10:00:00Z,\n";

inline const QByteArray patreon =
    "Name,Email,Discord,Patron Status,Follows You,Lifetime Amount,Pledge Amount,Charge "
    "Frequency,Tier,Addressee,Patronage Since Date,Last Charge Date,Last Charge Status,"
    "Additional Details,User ID,Currency\n"
    "Ana Ruiz,ana@example.com,ana#1,Active patron,Yes,30.00,10.00,monthly,Gold,,"
    "2025-12-01 10:00:00.123456,2026-03-01 10:00:00,Paid,,111,USD\n"
    "Bo Lee,bo@example.com,,Former patron,No,5.00,0.00,monthly,Silver,,"
    "2025-10-01 09:00:00,2025-11-01 09:00:00,Paid,,222,USD\n";

} // namespace pinedesk::test::ImportSamples
