#pragma once
// A read-only view of a folder for tests: a read-only bind mount when running as root
// (permissions do not stop root), else the folder made 0555. path() is empty when the system
// allows neither; the test then says so (WARN) and checks nothing.

#include <QString>

class ReadOnlyView {
public:
    explicit ReadOnlyView(const QString& folder);
    ~ReadOnlyView();
    ReadOnlyView(const ReadOnlyView&) = delete;
    ReadOnlyView& operator=(const ReadOnlyView&) = delete;
    QString path() const { return m_path; }

private:
    QString m_folder, m_mounted, m_path;
};
