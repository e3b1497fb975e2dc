from django.contrib import admin

from .models import Population


@admin.register(Population)
class PopulationAdmin(admin.ModelAdmin):
    list_display = ["municipality", "year", "residents", "source"]
    list_filter = ["year", "municipality__service_area"]
