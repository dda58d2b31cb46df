// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filtercompleter.h"

#include <QAbstractItemView>
#include <QLineEdit>
#include <QStringListModel>

#include "core/models/filterexpression.h"

using namespace Qt::StringLiterals;

namespace
{
// How a person goes on after a field name: the operators it takes, or its values.
QStringList continuationsOf(const QString &field)
{
    if (field == "name"_L1 || field == "id"_L1)
        return { field + u':' };
    if (field == "status"_L1)
        return { u"status:active"_s, u"status:inactive"_s };
    if (field == "createdby"_L1)
        return { u"createdby:apikey"_s, u"createdby:user"_s };
    if (field == "users"_L1)
        return { u"users>"_s, u"users<"_s, u"users="_s };
    if (field == "created"_L1 || field == "updated"_L1)
        return { field + u'<', field + u'>' };
    return { field };
}

// Where the term being typed starts in `text`: after the last space or parenthesis, and
// after a "-" that negates it.
qsizetype termStart(const QString &text)
{
    qsizetype start = text.size();
    while (start > 0 && !text.at(start - 1).isSpace() && text.at(start - 1) != u'(' && text.at(start - 1) != u')')
        --start;
    if (start < text.size() && text.at(start) == u'-')
        ++start;
    return start;
}

bool isInsideQuotes(const QString &text)
{
    return text.count(u'"') % 2 == 1;
}
} // namespace

FilterCompleter::FilterCompleter(QLineEdit *field)
    : QCompleter(field)
    , m_words(new QStringListModel(this))
    , m_field(field)
{
    offerTermsOf(nullptr);
    setModel(m_words);
    setCaseSensitivity(Qt::CaseInsensitive);
    setCompletionMode(QCompleter::PopupCompletion);
    setModelSorting(QCompleter::UnsortedModel);
    setMaxVisibleItems(10);
    popup()->setObjectName(u"filterCompletions"_s);
    popup()->setAccessibleName(tr("Filter terms"));
    field->setCompleter(this);
}

void FilterCompleter::offerTermsOf(const AccountStore *store)
{
    const QStringList terms = filterCompletions(store);
    QStringList words;
    qsizetype keys = 0;
    for (const QString &term : terms) {
        if (term.startsWith(u"meta."_s) && term.size() > 5) {
            if (++keys > maxMetadataKeys)
                break;
            words.append(term);
        } else {
            words.append(continuationsOf(term));
        }
    }
    words.append(u"or"_s);
    m_words->setStringList(words);
}

QStringList FilterCompleter::words() const
{
    return m_words->stringList();
}

QStringList FilterCompleter::splitPath(const QString &path) const
{
    const QString term = path.mid(termStart(path));
    // Nothing typed yet after a space, or a quoted value: offering every term at each space
    // would cover the table while a person types plain words.
    if (term.isEmpty() || isInsideQuotes(path))
        return { u"\uFFFF"_s }; // matches no word
    return { term };
}

QString FilterCompleter::pathFromIndex(const QModelIndex &index) const
{
    const QString text = m_field->text();
    return text.left(termStart(text)) + QCompleter::pathFromIndex(index);
}
