"""Names on screen sort as a reader of the interface's language expects."""

from casebook.ui.collation import sorted_by_name
from casebook.ui.dialogs import OperatorDialog, StaffDialog


def test_each_language_orders_names_its_own_way(qapp):
    assert sorted_by_name(["张伟", "王芳", "李娜", "赵敏", "陈静"], "zh_CN") == [
        "陈静", "李娜", "王芳", "张伟", "赵敏"]  # by pinyin: chen, li, wang, zhang, zhao
    assert sorted_by_name(["Яна", "ёлка", "Ежов", "Алла"], "ru") == [
        "Алла", "Ежов", "ёлка", "Яна"]  # ё with е, not after я
    assert sorted_by_name(["Zeeman", "Ömer", "de Vries", "Bakker"], "nl") == [
        "Bakker", "de Vries", "Ömer", "Zeeman"]  # accents and case do not push to the end
    assert sorted_by_name(["Flat 12", "Flat 9"], "en") == ["Flat 9", "Flat 12"]


def test_staff_lists_follow_the_collation(qtbot, session, book):
    book.add_staff("Ömer", "desk")
    book.add_staff("Zeeman", "desk")
    dialog = StaffDialog(session, lang="nl")
    qtbot.addWidget(dialog)
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert names == ["Anna", "Bert", "Marta", "Ömer", "Zeeman"]
    operator = OperatorDialog(["Zeeman", "Ömer", "Anna"], lang="nl")
    qtbot.addWidget(operator)
    assert [operator.names.itemText(i) for i in range(3)] == ["Anna", "Ömer", "Zeeman"]


def test_the_customer_picker_offers_names_in_order(qtbot, window, book):
    from tests.conftest import new_case

    for name in ("Olga Zeeman", "Olga Ängström", "olga de Vries"):
        book.open_case(new_case(customer={"name": name, "phone": name}), by="Anna")
    from casebook.ui.editor_fields import CustomerPicker

    picker = window.editor.findChildren(CustomerPicker)[0]
    picker.setText("olga")
    names = [m.fields["name"] for m in picker.lookup()]
    assert names == ["Olga Ängström", "olga de Vries", "Olga Zeeman"]
