#include "ProductsPanel.h"

#include "automation/ProviderRegistry.h"
#include "jobs/JobRunner.h"
#include "services/CatalogService.h"
#include "services/PaymentService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

ProductsPanel::ProductsPanel(ConsoleContext context, QWidget *parent)
    : QGroupBox(tr("Payments and products"), parent)
    , m_ctx(std::move(context))
    , m_jobs(new JobRunner(m_ctx.database, this))
    , m_grace(new QSpinBox(this))
    , m_refund(new QComboBox(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_provider(new QComboBox(this))
    , m_product(new QLineEdit(this))
    , m_plan(new QComboBox(this))
    , m_add(new QPushButton(tr("&Map"), this))
    , m_remove(new QPushButton(tr("Remo&ve"), this))
    , m_message(new QLabel(this))
{
    setObjectName(u"productsPanel"_s);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_grace->setObjectName(u"graceDays"_s);
    m_grace->setRange(0, PaymentSettings::maxGraceDays);
    m_grace->setSuffix(tr(" days"));
    m_grace->setToolTip(tr("Access runs this long past a paid period, so a renewal charged a "
                           "little late never cuts the client off."));
    form->addRow(tr("&Grace after a paid period:"), m_grace);
    m_refund->setObjectName(u"refundAction"_s);
    m_refund->addItem(tr("Revoke access at once"), int(PaymentSettings::RefundAction::RevokeNow));
    m_refund->addItem(tr("Keep access until the paid period ends"),
                      int(PaymentSettings::RefundAction::AtPeriodEnd));
    form->addRow(tr("On a refund or &dispute:"), m_refund);
    layout->addLayout(form);

    auto *intro = new QLabel(tr("Which plan each product of your stores sells: a sale of a "
                                "mapped product grants or extends that plan by itself."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setObjectName(u"productMappings"_s);
    m_table->setHorizontalHeaderLabels({tr("Provider"), tr("Product id"), tr("Plan")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(m_table->fontMetrics().lineSpacing() * 7);
    layout->addWidget(m_table);

    m_provider->setObjectName(u"mappingProvider"_s);
    m_provider->setAccessibleName(tr("Provider"));
    const ProviderRegistry registry;
    for (const QString &name : registry.names())
        m_provider->addItem(registry.find(name)->displayName(), name);
    m_product->setObjectName(u"mappingProduct"_s);
    m_product->setAccessibleName(tr("Product id"));
    m_product->setPlaceholderText(tr("Product, price, variant or tier id"));
    m_plan->setObjectName(u"mappingPlan"_s);
    m_plan->setAccessibleName(tr("Plan"));
    m_add->setObjectName(u"addMapping"_s);
    m_remove->setObjectName(u"removeMapping"_s);
    auto *row = new QHBoxLayout;
    row->addWidget(m_provider);
    row->addWidget(m_product, 1);
    row->addWidget(m_plan);
    row->addWidget(m_add);
    row->addWidget(m_remove);
    layout->addLayout(row);
    m_message->setObjectName(u"productsMessage"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    const PaymentSettings settings = PaymentService(m_ctx.services()).settings();
    m_grace->setValue(settings.graceDays);
    m_refund->setCurrentIndex(m_refund->findData(int(settings.refundAction)));
    connect(m_grace, &QSpinBox::valueChanged, this, &ProductsPanel::saveSettings);
    connect(m_refund, &QComboBox::currentIndexChanged, this, &ProductsPanel::saveSettings);
    connect(m_add, &QPushButton::clicked, this, &ProductsPanel::addMapping);
    connect(m_product, &QLineEdit::returnPressed, this, &ProductsPanel::addMapping);
    connect(m_remove, &QPushButton::clicked, this, &ProductsPanel::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
    m_remove->setEnabled(false);
    fillPlans();
    reload();
}

ProductsPanel::~ProductsPanel()
{
    delete m_jobs; // waits for a load still running
}

bool ProductsPanel::isLoading() const
{
    return m_jobs->isRunning();
}

QString ProductsPanel::message() const
{
    return m_message->text();
}

int ProductsPanel::mappingCount() const
{
    return m_table->rowCount();
}

void ProductsPanel::fillPlans()
{
    m_plan->clear();
    const auto plans = CatalogService(m_ctx.services()).plans();
    if (!plans) {
        m_message->setText(tr("The plans could not be read: %1").arg(plans.error()));
        return;
    }
    for (const Plan &plan : *plans) {
        if (plan.active)
            m_plan->addItem(plan.name, plan.id);
    }
    m_add->setEnabled(m_plan->count() > 0);
    if (m_plan->count() == 0)
        m_message->setText(tr("Create a plan first (Plans page): products are mapped to plans."));
}

void ProductsPanel::reload()
{
    const ServiceContext services = m_ctx.services();
    m_jobs->run<Mappings>(
        [services](JobControl &) { return PaymentService(services).productMappings(); },
        [this](const Mappings &mappings) {
            showMappings(mappings);
            Q_EMIT loaded();
        });
}

void ProductsPanel::showMappings(const Mappings &mappings)
{
    m_table->setRowCount(0);
    if (!mappings) {
        m_message->setText(tr("The products could not be read: %1").arg(mappings.error()));
        return;
    }
    const ProviderRegistry registry;
    for (const ProductMapStore::Mapping &m : *mappings) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const ProviderAdapter *adapter = registry.find(m.provider);
        auto *provider = new QTableWidgetItem(adapter ? adapter->displayName() : m.provider);
        provider->setData(Qt::UserRole, m.provider);
        m_table->setItem(row, 0, provider);
        m_table->setItem(row, 1, new QTableWidgetItem(m.productId));
        m_table->setItem(row, 2, new QTableWidgetItem(m.planName));
    }
}

void ProductsPanel::addMapping()
{
    const QString product = m_product->text().trimmed();
    if (product.isEmpty()) {
        m_message->setText(tr("Enter the product id as the store shows it."));
        m_product->setFocus();
        return;
    }
    const Status s = PaymentService(m_ctx.services())
                         .mapProduct(m_provider->currentData().toString(), product,
                                     m_plan->currentData().toLongLong());
    if (!s) {
        m_message->setText(s.error());
        return;
    }
    m_message->setText(tr("%1 product %2 now sells %3.")
                           .arg(m_provider->currentText(), product, m_plan->currentText()));
    m_product->clear();
    reload();
}

void ProductsPanel::removeSelected()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    const int row = selected.first()->row();
    const QString provider = m_table->item(row, 0)->data(Qt::UserRole).toString();
    const QString product = m_table->item(row, 1)->text();
    if (const Status s = PaymentService(m_ctx.services()).unmapProduct(provider, product); !s) {
        m_message->setText(s.error());
        return;
    }
    m_message->setText(tr("%1 is no longer mapped.").arg(product));
    reload();
}

void ProductsPanel::saveSettings()
{
    PaymentSettings settings;
    settings.graceDays = m_grace->value();
    settings.refundAction = PaymentSettings::RefundAction(m_refund->currentData().toInt());
    if (const Status s = PaymentService(m_ctx.services()).saveSettings(settings); !s)
        m_message->setText(s.error());
}

} // namespace pinedesk
