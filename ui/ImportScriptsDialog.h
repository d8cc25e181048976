#pragma once

#include "ConsoleContext.h"
#include "tradingview/TvResponseParser.h"
#include "tradingview/TvScript.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace pinedesk {

// "Import from TradingView": lists the scripts the signed-in account can share, with their
// names and versions and whether each is already in the catalog, and adds the checked ones
// (the missing ones are checked to begin with) as Live indicators in one transaction.
class ImportScriptsDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column { Name, PineId, Version, InCatalog, ColumnCount };

    explicit ImportScriptsDialog(ConsoleContext context, QWidget *parent = nullptr);

    bool isFetching() const { return m_fetching; }
    QString message() const;
    // Rows listed, and the pine ids checked for adding.
    int scriptCount() const;
    QStringList checkedPineIds() const;

public Q_SLOTS:
    // Asks TradingView for the account's scripts again.
    void fetch();
    // Adds the checked scripts to the catalog.
    void addSelected();

Q_SIGNALS:
    // The list (or an error) is shown.
    void fetched();
    void imported(int count);

private:
    void scriptsArrived(quint64 generation, const TvResult<QList<TvScript>> &result);
    void showScripts(const QList<TvScript> &scripts);
    void showError(const QString &text);
    void updateButtons();

    ConsoleContext m_ctx;
    QList<TvScript> m_scripts;
    quint64 m_generation = 0;
    bool m_fetching = false;

    QLabel *m_message;
    QProgressBar *m_busy;
    QTableWidget *m_table;
    QPushButton *m_refresh;
    QPushButton *m_add;
    QDialogButtonBox *m_buttons;
};

} // namespace pinedesk
