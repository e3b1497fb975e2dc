from celery import shared_task

from . import services


@shared_task(name="accounts.build_data_export")
def build_data_export(export_id):
    data_export = services.build_data_export(export_id)
    return data_export.state if data_export is not None else None


@shared_task(name="accounts.apply_retention")
def apply_retention():
    """The daily run: expire old exports and remove accounts past the retention period."""
    expired = services.expire_data_exports()
    removed = services.remove_inactive_accounts()
    return {"exports_expired": expired, "accounts_removed": len(removed)}
