// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filtercompleter.h"

#include <QAbstractItemView>
#include <QLineEdit>
#include <QStringListModel>

using namespace Qt::StringLiterals;

namespace
{
// The terms FilterExpression reads (core/models/filterexpression.cpp), as a person starts them.
const QStringList fieldWords = { u"name:"_s, u"id:"_s, u"status:active"_s, u"status:inactive"_s, u"users>"_s,
    u"users<"_s, u"users="_s, u"created<"_s, u"created>"_s, u"updated<"_s, u"updated>"_s, u"createdby:apikey"_s,
    u"createdby:user"_s, u"meta."_s, u"or"_s };

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
    , m_words(new QStringListModel(fieldWords, this))
    , m_field(field)
{
    setModel(m_words);
    setCaseSensitivity(Qt::CaseInsensitive);
    setCompletionMode(QCompleter::PopupCompletion);
    setModelSorting(QCompleter::UnsortedModel);
    setMaxVisibleItems(10);
    popup()->setObjectName(u"filterCompletions"_s);
    popup()->setAccessibleName(tr("Filter terms"));
    field->setCompleter(this);
}

void FilterCompleter::setMetadataKeys(const QStringList &keys)
{
    QStringList sorted = keys;
    sorted.sort(Qt::CaseInsensitive);
    sorted.removeDuplicates();
    if (sorted.size() > maxMetadataKeys)
        sorted.resize(maxMetadataKeys);
    QStringList words = fieldWords;
    for (const QString &key : std::as_const(sorted)) {
        // A key with a space or an operator in it cannot be written as a term.
        if (key.contains(u' ') || key.contains(u'"') || key.contains(u'=') || key.contains(u':') || key.contains(u'<')
            || key.contains(u'>') || key.contains(u'!'))
            continue;
        words.append(u"meta."_s + key);
    }
    for (const QString &key : std::as_const(sorted)) {
        if (words.contains(u"meta."_s + key))
            words.append(u"meta.%1:missing"_s.arg(key));
    }
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
