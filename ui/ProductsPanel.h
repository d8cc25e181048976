#pragma once

#include "ConsoleContext.h"
#include "domain/Expected.h"
#include "store/ProductMapStore.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace pinedesk {

class JobRunner;

// The Settings page's "Payments and products": how a payment turns into access (grace days
// after a paid period; a refund or dispute revokes now or at the period's end) and which plan
// each store product sells (Stripe price or payment link, Whop plan, Gumroad product, Shopify
// variant, Lemon Squeezy variant, Patreon tier). Saved as they are changed; the list loads on a
// worker.
class ProductsPanel final : public QGroupBox
{
    Q_OBJECT

public:
    ProductsPanel(ConsoleContext context, QWidget *parent = nullptr);
    ~ProductsPanel() override;

    bool isLoading() const;
    QString message() const;
    int mappingCount() const;

public Q_SLOTS:
    void reload();
    // Maps the product typed to the plan chosen.
    void addMapping();
    void removeSelected();

Q_SIGNALS:
    void loaded();

private:
    using Mappings = Expected<QList<ProductMapStore::Mapping>>;
    void showMappings(const Mappings &mappings);
    void fillPlans();
    void saveSettings();

    ConsoleContext m_ctx;
    JobRunner *m_jobs;
    QSpinBox *m_grace;
    QComboBox *m_refund;
    QTableWidget *m_table;
    QComboBox *m_provider;
    QLineEdit *m_product;
    QComboBox *m_plan;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_message;
};

} // namespace pinedesk
