"""Journey: the person's route as a timeline by stage, and one leg added or corrected.

The timeline groups legs under origin, transit, destination and return (the journey order,
not the alphabet), each leg by its start date: place, country by name, dates, means, incidents
in words. A leg is edited in the form under the timeline; an edit sends only the fields the
person changed (with the leg's id), so a field a sync changed meanwhile is not overwritten
by a value the person never touched.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldcase.domain.codes import Stage
from fieldcase.ui.case_sections.base import SectionBase
from fieldcase.ui.case_sections.common import (
    add_row,
    choice_combo,
    date_edit,
    isolate,
    record_tree,
    set_today,
)
from fieldcase.ui.forms.fields import Field
from fieldcase.ui.i18n import fill
from fieldcase.ui.names import Choice, choices, code_name, code_names, country_choices, country_name

LEG = "journey[0]"
FIELDS = ("stage", "country", "place", "started_on", "ended_on", "means", "incidents")
ID_ROLE = Qt.ItemDataRole.UserRole


class IncidentPicker(QWidget):
    """The incidents of a leg as check boxes, in words; the value is the list of codes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for index, choice in enumerate(choices("incident")):
            box = QCheckBox(choice.name, self)
            box.setAccessibleName(choice.name)
            box.toggled.connect(lambda _on: self.changed.emit())
            grid.addWidget(box, index // 3, index % 3)
            self.boxes[choice.code] = box

    def codes(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_codes(self, codes: object) -> None:
        wanted = set(codes) if isinstance(codes, list) else set()
        for code, box in self.boxes.items():
            box.setChecked(code in wanted)

    def field(self) -> Field:
        return Field(self.codes, self.set_codes, self.changed)


class JourneySection(SectionBase):
    KEY = "journey"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editing: dict[str, Any] | None = None  # the stored leg being corrected
        self.timeline = record_tree(self, [self.tr("Place"), self.tr("Country"),
                                           self.tr("Dates"), self.tr("Means"),
                                           self.tr("Incidents")], self.tr("Journey"))
        self.timeline.setObjectName("journeyTimeline")
        self.timeline.setRootIsDecorated(True)
        self.timeline.itemActivated.connect(lambda item, _col: self.edit_leg(item))
        self.empty = QLabel(self.tr("No journey recorded yet."), self)
        self.edit_button = QPushButton(self.tr("&Correct the selected leg"), self)
        self.edit_button.clicked.connect(lambda: self.edit_leg(self.timeline.currentItem()))
        self.new_button = QPushButton(self.tr("Add a &new leg"), self)
        self.new_button.clicked.connect(self.new_leg)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)

        self.editor = QGroupBox(self.tr("New leg"), self)
        form = QFormLayout(self.editor)
        self.stage_box = choice_combo(self.editor, [Choice(code_name("stage", s.value), s.value)
                                                   for s in Stage])
        self.country_box = choice_combo(
            self.editor, [Choice(country_name("XXX"), "XXX"),
                          *country_choices(nationality=False)], none_text=self.tr("Choose…"))
        self.place_box = QLineEdit(self.editor)
        self.start_box = date_edit(self.editor)
        self.end_box = date_edit(self.editor, empty_text=self.tr("still there"))
        self.means_box = choice_combo(self.editor, choices("means"))
        self.incidents = IncidentPicker(self.editor)
        add_row(form, self.tr("S&tage"), self.stage_box,
                self.binder.bind(f"{LEG}.stage", self.stage_box))
        add_row(form, self.tr("C&ountry"), self.country_box,
                self.binder.bind(f"{LEG}.country", self.country_box))
        add_row(form, self.tr("&Place"), self.place_box,
                self.binder.bind(f"{LEG}.place", self.place_box))
        add_row(form, self.tr("&From"), self.start_box,
                self.binder.bind(f"{LEG}.started_on", self.start_box))
        add_row(form, self.tr("&Until"), self.end_box,
                self.binder.bind(f"{LEG}.ended_on", self.end_box))
        add_row(form, self.tr("&Means"), self.means_box,
                self.binder.bind(f"{LEG}.means", self.means_box))
        add_row(form, self.tr("Incidents"), self.incidents,
                self.binder.bind(f"{LEG}.incidents", self.incidents,
                                 field=self.incidents.field()))
        self.watch(self.stage_box.activated, self.country_box.activated,
                   self.place_box.textEdited, self.start_box.dateChanged,
                   self.end_box.dateChanged, self.means_box.activated, self.incidents.changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.timeline, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(self.editor)

    def title(self) -> str:
        return self.tr("Journey")

    # --- the timeline ----------------------------------------------------------------------
    def fill_lists(self) -> None:
        self.timeline.clear()
        legs = self.records()
        for stage in Stage:
            here = sorted((leg for leg in legs if leg.get("stage") == stage.value),
                          key=lambda leg: str(leg.get("started_on")))
            if not here:
                continue
            group = QTreeWidgetItem([fill(self.tr("%1 (%2)"), code_name("stage", stage.value),
                                          len(here))])
            group.setFirstColumnSpanned(True)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.timeline.addTopLevelItem(group)
            for leg in here:
                item = QTreeWidgetItem([isolate(leg.get("place")) or self.tr("(place not given)"),
                                        country_name(leg.get("country")), self._dates(leg),
                                        code_name("means", leg.get("means")),
                                        ", ".join(code_names("incident",
                                                             leg.get("incidents") or []))])
                item.setData(0, ID_ROLE, leg.get("id"))
                group.addChild(item)
            group.setExpanded(True)
        self.empty.setVisible(not legs)
        self.edit_button.setEnabled(bool(legs))

    def _dates(self, leg: dict[str, Any]) -> str:
        start, end = leg.get("started_on") or "", leg.get("ended_on")
        if end:
            return fill(self.tr("%1 to %2"), start, end)
        return fill(self.tr("since %1"), start)

    # --- the editor ------------------------------------------------------------------------
    def reset_editor(self) -> None:
        self._editing = None
        self.editor.setTitle(self.tr("New leg"))
        stage = (self.document.get("case") or {}).get("stage")
        self.stage_box.setCurrentIndex(max(self.stage_box.findData(stage), 0))
        self.country_box.setCurrentIndex(0)
        self.place_box.clear()
        self.end_box.setDate(self.end_box.minimumDate())
        self.means_box.setCurrentIndex(max(self.means_box.findData("other"), 0))
        self.incidents.set_codes([])
        if self.context is not None:
            set_today(self.start_box, self.context.today)
            set_today(self.end_box, self.context.today)

    def new_leg(self) -> None:
        with self.filling():
            self.reset_editor()
        self.stage_box.setFocus()

    def edit_leg(self, item: QTreeWidgetItem | None) -> None:
        """Load the chosen leg into the editor (Enter or a double-click on it)."""
        leg_id = item.data(0, ID_ROLE) if item is not None else None
        leg = next((leg for leg in self.records() if leg.get("id") == leg_id), None)
        if leg is None:
            return
        with self.filling():
            self.reset_editor()
            self._editing = leg
            self.binder.write({"journey": [leg]})
            self.editor.setTitle(self.tr("Correct this leg"))
        self.stage_box.setFocus()

    def _form_leg(self) -> dict[str, Any]:
        return dict((self.binder.read().get("journey") or [{}])[0])

    def changes(self) -> dict[str, Any]:
        leg = self._form_leg()
        if self._editing is None:
            if leg.get("country") is None and not leg.get("place"):
                return {}
            return {"journey": [leg]}
        changed = {key: leg.get(key) for key in FIELDS
                   if leg.get(key) != self._editing.get(key)
                   and not (key == "incidents" and not leg.get(key)
                            and not self._editing.get(key))
                   and not (key == "place" and not leg.get(key) and not self._editing.get(key))}
        if not changed:
            return {}
        return {"journey": [{"id": self._editing["id"], **changed}]}

    def draft(self) -> dict[str, Any]:
        if not self.changes():
            return {}
        return {"editing": self._editing.get("id") if self._editing else None,
                "leg": self._form_leg()}

    def restore_draft(self, state: dict[str, Any]) -> None:
        if not state:
            return
        with self.filling():
            self.reset_editor()
            editing = state.get("editing")
            self._editing = next((leg for leg in self.records() if leg.get("id") == editing),
                                 None)
            if self._editing is not None:
                self.editor.setTitle(self.tr("Correct this leg"))
            self.binder.write({"journey": [state.get("leg") or {}]})
        self.edited.emit()
