package org.esgstudio.store;

/** Whether a project file is opened for reading only (info, export) or for editing. */
public enum OpenMode {
    READ_ONLY, READ_WRITE
}
