#include "BenchFigures.h"

#include "ClientsPage.h"
#include "crm/ClientQuery.h"
#include "items/ClientTableModel.h"
#include "store/Database.h"

#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk::bench {

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[qMin(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5))];
}

qint64 residentKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

bool settleAndPaint(ClientsPage &page)
{
    if (!QTest::qWaitFor([&] { return !page.model()->isLoading(); }, 60000))
        return false;
    page.table()->viewport()->repaint();
    return true;
}

bool typeSearches(ClientsPage &page, Database &database, const QDateTime &now, Keystrokes &keys)
{
    const QStringList words = {u"maria"_s, u"john"_s, u"trader"_s, u"gmail"_s,
                               u"smith"_s, u"alex"_s, u"lopez"_s,  u"kim"_s};
    auto *search = page.findChild<QLineEdit *>(u"search"_s);
    if (!search)
        return false;
    const auto measure = [&](const QString &text) {
        QElapsedTimer t;
        t.start();
        search->setText(text);
        ClientFilter f;
        f.text = text;
        page.model()->setFilter(f); // what the debounce timer does, without its delay
        if (!settleAndPaint(page))
            return false;
        keys.latencies.append(ms(t));
        const ClientQuery query(f, now);
        QElapsedTimer bare;
        bare.start();
        const QSqlDatabase db = database.connection();
        const auto total = query.count(db);
        if (total)
            (void)query.page(db, 0, ClientTableModel::pageSize, *total);
        keys.limits.append(ms(bare));
        return true;
    };
    for (const QString &word : words) {
        for (int n = 1; n <= word.size(); ++n) {
            if (!measure(word.left(n)))
                return false;
        }
        for (int n = word.size() - 1; n >= 0; --n) {
            if (!measure(word.left(n)))
                return false;
        }
    }
    return true;
}

} // namespace pinedesk::bench
